/**
 * The two pieces of Catherine Loader's saddle-point algorithm for binomial probabilities ("Fast and
 * accurate computation of binomial probabilities", 2000; the method of R's `dbinom`). Writing a
 * probability as exp(−stirling errors − deviances) avoids subtracting huge log-factorials, so the
 * relative error stays near machine precision even for large n.
 */
import { logGamma } from "./log-gamma.ts";

const LN_SQRT_2PI = 0.9189385332046728;
// Stirling series coefficients 1/12, 1/360, 1/1260, 1/1680, 1/1188 (from the Bernoulli numbers).
const S0 = 1 / 12;
const S1 = 1 / 360;
const S2 = 1 / 1260;
const S3 = 1 / 1680;
const S4 = 1 / 1188;

/** ln n! for integer n ≤ 15, from the exact factorial (n! < 2^53). */
function logFactorialSmall(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return Math.log(f);
}

/** δ(n) = ln n! − ln(√(2π) · n^(n+½) · e^(−n)), the error of Stirling's formula, for n > 0. */
export function stirlingError(n: number): number {
  if (n <= 15) {
    const lnFactorial = Number.isInteger(n) ? logFactorialSmall(n) : logGamma(n + 1);
    return lnFactorial - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
  }
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/**
 * The deviance term x·ln(x/m) + m − x, summed as a series when x is close to m, where the direct
 * formula would cancel catastrophically.
 */
export function deviance(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let sum = (x - m) * v;
    let term = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      term *= v;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
  }
  return x * Math.log(x / m) + m - x;
}
