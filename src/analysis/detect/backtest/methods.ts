/**
 * The methods the backtest compares, each re-fitted on the data so far at every month:
 * - "nb-cusum-arl60" / "-arl120": dispersion assessed on the data so far (the same rule as `detect`), NB
 *   CUSUM with the simulated threshold table for in-control ARL₀ 60 or 120 months.
 * - "pelt-poisson" / "pelt-negbin": segment the data so far (MBIC, minimum 3 months); alarm when the newest
 *   regime's rate is at least `riseFactor` (1.25) × the previous regime's and its start is new (more than
 *   `minSegment` months from the last alarmed rise, since changepoints drift as data arrive).
 * - "acled-surge", "hdx-12m", "hdx-36m", "ema-z": the baseline rules with their stated defaults.
 */
import { acledSurge, SURGE_DEFAULTS } from "../alarm/acled-surge.ts";
import { CUSUM_DEFAULTS } from "../alarm/defaults.ts";
import { nbCusum } from "../alarm/cusum.ts";
import { emaZScore } from "../alarm/ema-zscore.ts";
import { hdxSignal } from "../alarm/hdx-signal.ts";
import { tableThreshold } from "../alarm/thresholds.ts";
import { modelAlpha } from "../dispersion/assess.ts";
import { estimateLocalAlpha } from "../dispersion/negbin-estimate.ts";
import { segmentCounts } from "../segment/segment-counts.ts";
import { flagMethod, type OnlineMethod } from "./method.ts";

/** The NB CUSUM with dispersion re-estimated on the data so far, for a tabulated ARL₀ (60 or 120). */
export function cusumMethod(targetArl = 60): OnlineMethod {
  return flagMethod(`nb-cusum-arl${targetArl}`, (counts) => {
    const alpha = modelAlpha(counts);
    return nbCusum(counts, { ...CUSUM_DEFAULTS, alpha, threshold: (mu0) => tableThreshold(alpha, mu0, targetArl) }).alarm;
  });
}

/** PELT replayed online with a Poisson or NB cost; see the file comment for when it fires. */
export function peltMethod(model: "poisson" | "negbin", riseFactor = 1.25, minSegment = 3): OnlineMethod {
  return {
    name: `pelt-${model}`,
    start() {
      let alarmedStart = -Infinity;
      return (counts) => {
        const alpha = model === "negbin" ? estimateLocalAlpha(counts) : 0;
        const { changepoints } = segmentCounts(counts, { alpha, penalty: "mbic", minSegment, segmenter: "pelt" });
        const last = changepoints[changepoints.length - 1];
        if (last === undefined) return false;
        const before = changepoints[changepoints.length - 2] ?? 0;
        const sum = (a: number, b: number): number => counts.slice(a, b).reduce((x, y) => x + y, 0);
        const newRate = sum(last, counts.length) / (counts.length - last);
        const oldRate = sum(before, last) / (last - before);
        if (newRate < riseFactor * oldRate || Math.abs(last - alarmedStart) <= minSegment) return false;
        alarmedStart = last;
        return true;
      };
    },
  };
}

/** The default line-up: CUSUM, both PELTs, and the baselines. */
export function defaultMethods(): OnlineMethod[] {
  return [
    cusumMethod(60),
    cusumMethod(120),
    peltMethod("negbin"),
    peltMethod("poisson"),
    flagMethod("acled-surge", (c) => acledSurge(c, SURGE_DEFAULTS).alarm),
    flagMethod("hdx-12m", (c) => hdxSignal(c, { windowMonths: 12, minCount: 10 }).alarm),
    flagMethod("hdx-36m", (c) => hdxSignal(c, { windowMonths: 36, minCount: 10 }).alarm),
    flagMethod("ema-z", (c) => emaZScore(c).alarm),
  ];
}
