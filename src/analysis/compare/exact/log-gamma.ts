/**
 * ln Γ(x) for x > 0 by the Lanczos approximation (g = 7, nine coefficients): about 15 significant digits.
 * Used only where no exact shortcut exists (non-integer arguments ≤ 15 in `stirlingError`).
 */
const G = 7;
const COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
const LN_SQRT_2PI = 0.9189385332046728;

/** ln Γ(x) for x > 0; `NaN` otherwise. */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  // The series is accurate for x ≥ 0.5; below, step up with Γ(x) = Γ(x + 1) / x.
  if (x < 0.5) return logGamma(x + 1) - Math.log(x);
  const z = x - 1;
  let sum = COEFFICIENTS[0];
  for (let i = 1; i < COEFFICIENTS.length; i++) sum += COEFFICIENTS[i]! / (z + i);
  const t = z + G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
