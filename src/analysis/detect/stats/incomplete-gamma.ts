/**
 * Regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x): a power series below
 * x = a + 1 and a Lentz continued fraction above, as in Numerical Recipes §6.2. Each branch computes the
 * tail it is accurate for, so small p-values keep their relative precision.
 */
import { logGamma } from "./log-gamma.ts";

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITER = 10_000;

function series(a: number, x: number): number {
  let sum = 1 / a;
  let term = sum;
  for (let n = 1; n < MAX_ITER; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function continuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

function check(a: number, x: number): void {
  if (!(a > 0) || !(x >= 0)) throw new RangeError(`incomplete gamma needs a > 0 and x >= 0, got a=${a}, x=${x}`);
}

/** Lower regularized incomplete gamma P(a, x) = γ(a, x) / Γ(a): the CDF of Gamma(shape a, scale 1) at x. */
export function regularizedGammaP(a: number, x: number): number {
  check(a, x);
  if (x === 0) return 0;
  return x < a + 1 ? series(a, x) : 1 - continuedFraction(a, x);
}

/** Upper regularized incomplete gamma Q(a, x) = 1 − P(a, x): the survival function of Gamma(a, 1). */
export function regularizedGammaQ(a: number, x: number): number {
  check(a, x);
  if (x === 0) return 1;
  return x < a + 1 ? 1 - series(a, x) : continuedFraction(a, x);
}
