/**
 * Tests of Poisson equidispersion (variance = mean) for a count series.
 *
 * - `poissonDispersionTest`: the classic dispersion index D = Σ(y − ȳ)² / ȳ ~ χ²(n − 1) under a constant
 *   Poisson rate. Any change of rate also inflates D, so on a series with regimes it answers "is this one
 *   Poisson rate?", not "is the noise overdispersed?".
 * - `cameronTrivediTest`: the Cameron–Trivedi (1990) auxiliary regression ((y − μ)² − y)/μ = α·μ + ε for an
 *   intercept-only mean; with constant μ it reduces to a one-sample t on z = ((y − ȳ)² − y)/ȳ; the one-sided
 *   p-value uses the normal approximation.
 * - `pairedDispersionTest`: robust to level shifts. Non-overlapping neighbour pairs (a, b) share (nearly) the
 *   same rate, and given a + b = s, a ~ Binomial(s, ½) under Poisson, so (a − b)²/(a + b) ≈ χ²(1) per pair.
 *   Only pairs that straddle a change are contaminated, so regime changes barely move it.
 */
import { chiSquareSf } from "../stats/chi-square.ts";
import { normalSf } from "../stats/normal.ts";

/** Outcome of an overdispersion test: a large statistic / small p-value means overdispersed. */
export interface DispersionTest {
  test: "dispersion-index" | "cameron-trivedi" | "paired-dispersion";
  statistic: number;
  /** Degrees of freedom of the chi-square reference (absent for the normal-referenced test). */
  df?: number;
  pValue: number;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Dispersion index test; needs at least 2 counts and a positive mean (else p = 1). */
export function poissonDispersionTest(counts: readonly number[]): DispersionTest {
  const m = mean(counts);
  const df = counts.length - 1;
  if (!(m > 0) || df < 1) return { test: "dispersion-index", statistic: 0, df: Math.max(df, 0), pValue: 1 };
  const statistic = counts.reduce((a, y) => a + (y - m) ** 2, 0) / m;
  return { test: "dispersion-index", statistic, df, pValue: chiSquareSf(statistic, df) };
}

/** Cameron–Trivedi regression test against NB2 overdispersion (one-sided, normal reference). */
export function cameronTrivediTest(counts: readonly number[]): DispersionTest {
  const m = mean(counts);
  const n = counts.length;
  if (!(m > 0) || n < 2) return { test: "cameron-trivedi", statistic: 0, pValue: 1 };
  const z = counts.map((y) => ((y - m) ** 2 - y) / m);
  const zBar = mean(z);
  const sd = Math.sqrt(z.reduce((a, v) => a + (v - zBar) ** 2, 0) / (n - 1));
  const statistic = sd > 0 ? zBar / (sd / Math.sqrt(n)) : 0;
  return { test: "cameron-trivedi", statistic, pValue: normalSf(statistic) };
}

/** Paired-neighbour dispersion test, robust to changes of level (see the file comment). */
export function pairedDispersionTest(counts: readonly number[]): DispersionTest {
  let statistic = 0;
  let df = 0;
  for (let i = 0; i + 1 < counts.length; i += 2) {
    const a = counts[i] as number;
    const b = counts[i + 1] as number;
    if (a + b === 0) continue;
    statistic += (a - b) ** 2 / (a + b);
    df++;
  }
  return { test: "paired-dispersion", statistic, df, pValue: df > 0 ? chiSquareSf(statistic, df) : 1 };
}
