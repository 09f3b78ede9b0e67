/** One call from counts to changepoints: cost by dispersion, penalty by criterion, PELT or binary segmentation. */
import { binarySegmentation } from "./binseg.ts";
import { negBinCost } from "./cost.ts";
import { pelt } from "./pelt.ts";
import { penaltyValue, type Penalty } from "./penalty.ts";

/** How to segment. */
export interface SegmentSettings {
  /** NB2 dispersion of the cost; 0 = Poisson. */
  alpha: number;
  penalty: Penalty;
  minSegment: number;
  segmenter: "pelt" | "binseg";
}

/** Changepoints of `counts` and the penalty value they were found with. */
export function segmentCounts(counts: readonly number[], s: SegmentSettings): { changepoints: number[]; penalty: number } {
  const penalty = penaltyValue(s.penalty, counts.length);
  const cost = negBinCost(counts, s.alpha);
  const opts = { penalty, minSegment: s.minSegment };
  switch (s.segmenter) {
    case "pelt":
      return { changepoints: pelt(cost, opts).changepoints, penalty };
    case "binseg":
      return { changepoints: binarySegmentation(cost, opts).changepoints, penalty };
    default: {
      const never: never = s.segmenter;
      throw new Error(`unknown segmenter ${String(never)}`);
    }
  }
}
