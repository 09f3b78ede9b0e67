/**
 * The regularised incomplete beta function I_x(a, b) by its continued fraction (modified Lentz), as in
 * Numerical Recipes §6.4. The prefactor x^a(1−x)^b / (a·B(a, b)) is taken from the binomial
 * probability (Loader's method) rather than from log-gamma differences, so small tails keep their
 * relative precision. The fraction converges fast for x < (a+1)/(a+b+2); above that we use the
 * symmetry I_x(a, b) = 1 − I_{1−x}(b, a), where the result is not small and the subtraction is safe.
 */
import { binomialPmf } from "./binomial-pmf.ts";

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/**
 * I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1. Pass `y` = 1 − x when it is known more exactly than the
 * subtraction would give.
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if (!(a > 0 && b > 0) || !(x >= 0 && x <= 1)) return Number.NaN;
  if (x === 0) return 0;
  if (y === 0) return 1;
  if (x < (a + 1) / (a + b + 2)) return prefactor(x, y, a, b) * continuedFraction(x, a, b);
  return 1 - prefactor(y, x, b, a) * continuedFraction(y, b, a);
}

/** x^a·y^b / (a·B(a, b)) = P(X = a) · b/(a+b) for X ~ Binomial(a+b, x). */
function prefactor(x: number, y: number, a: number, b: number): number {
  return (binomialPmf(a, a + b, x, y) * b) / (a + b);
}

function continuedFraction(x: number, a: number, b: number): number {
  const guard = (v: number) => (Math.abs(v) < TINY ? TINY : v);
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) return h;
  }
  throw new Error(`incomplete beta did not converge (x=${x}, a=${a}, b=${b})`);
}
