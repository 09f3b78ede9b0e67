/** Chi-square distribution functions, as gamma functions with shape df/2 and scale 2. */
import { regularizedGammaP, regularizedGammaQ } from "./incomplete-gamma.ts";

/** P(X ≤ x) for X ~ χ²(df). */
export function chiSquareCdf(x: number, df: number): number {
  return x <= 0 ? 0 : regularizedGammaP(df / 2, x / 2);
}

/** P(X ≥ x) for X ~ χ²(df): the upper-tail p-value of a chi-square statistic. */
export function chiSquareSf(x: number, df: number): number {
  return x <= 0 ? 1 : regularizedGammaQ(df / 2, x / 2);
}
