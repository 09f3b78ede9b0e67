/**
 * Options of `detect`, with their defaults stated once and checked once.
 */
import { UsageError } from "../../errors.ts";
import { CUSUM_DEFAULTS } from "./alarm/defaults.ts";
import type { CusumSettings } from "./alarm/threshold-for.ts";
import { REGROUPING_DEFAULTS, type RegroupingOptions } from "./regrouping.ts";
import type { Penalty } from "./segment/penalty.ts";

/** What a caller may set; everything is optional. */
export interface DetectOptions {
  /** "auto" (default): negative binomial when the paired dispersion test rejects Poisson at 5%. */
  model?: "auto" | "poisson" | "negbin";
  /** Fix the NB2 dispersion instead of estimating it. */
  alpha?: number;
  /** Changepoint penalty, default "mbic" (see segment/penalty.ts for why). */
  penalty?: Penalty;
  /** Shortest regime in months, default 3. */
  minSegment?: number;
  /** "pelt" (default, exact) or "binseg" (greedy). */
  segmenter?: "pelt" | "binseg";
  cusum?: Partial<CusumSettings>;
  regrouping?: Partial<RegroupingOptions>;
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  model: "auto" | "poisson" | "negbin";
  alpha: number | undefined;
  penalty: Penalty;
  minSegment: number;
  segmenter: "pelt" | "binseg";
  cusum: CusumSettings;
  regrouping: RegroupingOptions;
}

function positive(name: string, v: number | undefined, integer = false): void {
  if (v === undefined) return;
  if (!(v > 0) || (integer && !Number.isInteger(v))) throw new UsageError(`${name} must be a positive ${integer ? "integer" : "number"}, got ${v}`);
}

/** Fills defaults and rejects impossible values with a UsageError. */
export function resolveOptions(o: DetectOptions = {}): ResolvedOptions {
  const cusum = { ...CUSUM_DEFAULTS, ...o.cusum };
  const regrouping = { ...REGROUPING_DEFAULTS, ...o.regrouping };
  positive("minSegment", o.minSegment, true);
  positive("cusum.baselineMonths", cusum.baselineMonths, true);
  positive("cusum.targetArl", cusum.targetArl);
  positive("regrouping.minRatio", regrouping.minRatio);
  if (!(cusum.factor > 1)) throw new UsageError(`cusum.factor must exceed 1, got ${cusum.factor}`);
  if (o.alpha !== undefined && !(o.alpha >= 0)) throw new UsageError(`alpha must be >= 0, got ${o.alpha}`);
  return {
    model: o.model ?? "auto",
    alpha: o.alpha,
    penalty: o.penalty ?? "mbic",
    minSegment: o.minSegment ?? 3,
    segmenter: o.segmenter ?? "pelt",
    cusum,
    regrouping,
  };
}
