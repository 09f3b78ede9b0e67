/**
 * The dispersion verdict `detect` acts on. The decision uses the paired-neighbour test, which a change of
 * rate barely moves (the whole-series index test is reported too, but it mostly measures regime changes).
 * α for the models is the neighbour-pair estimate, stated once and used by every NB cost, interval and
 * CUSUM step.
 */
import { cameronTrivediTest, pairedDispersionTest, poissonDispersionTest, type DispersionTest } from "./dispersion-test.ts";
import { estimateLocalAlpha, estimateNegBin, type NegBinEstimate } from "./negbin-estimate.ts";

/** Everything known about the dispersion of one series. */
export interface DispersionSummary {
  /** Paired test p < level and a positive α estimate. */
  overdispersed: boolean;
  level: number;
  /** NB2 α from neighbouring months (robust to level shifts). */
  alpha: number;
  paired: DispersionTest;
  index: DispersionTest;
  cameronTrivedi: DispersionTest;
  /** Constant-mean estimates, inflated by any change of rate; for reference. */
  constantMean: NegBinEstimate;
}

/** Tests and estimates for `counts` at significance `level` (default 0.05). */
export function assessDispersion(counts: readonly number[], level = 0.05): DispersionSummary {
  const paired = pairedDispersionTest(counts);
  const alpha = estimateLocalAlpha(counts);
  return {
    overdispersed: paired.pValue < level && alpha > 0,
    level,
    alpha,
    paired,
    index: poissonDispersionTest(counts),
    cameronTrivedi: cameronTrivediTest(counts),
    constantMean: estimateNegBin(counts),
  };
}

/**
 * The α a model should use for `counts`: the neighbour-pair estimate when the paired test rejects Poisson
 * at `level`, else 0. The cheap core of `assessDispersion`, for re-fitting every month in a backtest.
 */
export function modelAlpha(counts: readonly number[], level = 0.05): number {
  return pairedDispersionTest(counts).pValue < level ? estimateLocalAlpha(counts) : 0;
}
