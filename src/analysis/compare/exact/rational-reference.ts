/**
 * Test-only: exact binomial probabilities in rational (BigInt) arithmetic, for p = s/(s+f) with integer
 * s and f (a share of days). A reference that shares no floating-point code with the implementation.
 */

const choose = (n: number, k: number): bigint => {
  let c = 1n;
  for (let i = 1; i <= k; i++) c = (c * BigInt(n - k + i)) / BigInt(i);
  return c;
};

/** Numerators of P(X = i), i = 0..n, over the common denominator (s+f)^n. */
function pmfNumerators(n: number, s: number, f: number): bigint[] {
  return Array.from({ length: n + 1 }, (_, i) => choose(n, i) * BigInt(s) ** BigInt(i) * BigInt(f) ** BigInt(n - i));
}

/** num/den as the nearest-ish double (about 17 significant digits). */
export function ratioToNumber(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const shift = 20 + den.toString().length - num.toString().length;
  const scaled = shift >= 0 ? (num * 10n ** BigInt(shift)) / den : num / (den * 10n ** BigInt(-shift));
  return Number(scaled) / 10 ** shift;
}

/** Exact P(X = k), k = 0..n, for X ~ Binomial(n, s/(s+f)). */
export function exactPmfs(n: number, s: number, f: number): number[] {
  const den = BigInt(s + f) ** BigInt(n);
  return pmfNumerators(n, s, f).map((num) => ratioToNumber(num, den));
}

/** Exact tails P(X ≤ k) and P(X > k), k = 0..n, each summed exactly (no 1 − the other). */
export function exactTails(n: number, s: number, f: number): { lower: number[]; upper: number[] } {
  const terms = pmfNumerators(n, s, f);
  const total = terms.reduce((a, b) => a + b, 0n);
  const den = BigInt(s + f) ** BigInt(n);
  let below = 0n;
  const lower: number[] = [];
  const upper: number[] = [];
  for (const t of terms) {
    below += t;
    lower.push(ratioToNumber(below, den));
    upper.push(ratioToNumber(total - below, den));
  }
  return { lower, upper };
}

/** The central two-sided p-value min(1, 2·min(P(X ≤ x), P(X ≥ x))), each tail summed exactly. */
export function exactCentralP(x: number, n: number, s: number, f: number): number {
  const terms = pmfNumerators(n, s, f);
  const sum = (ts: bigint[]) => ts.reduce((a, b) => a + b, 0n);
  const [atMost, atLeast] = [sum(terms.slice(0, x + 1)), sum(terms.slice(x))];
  const smaller = atMost < atLeast ? atMost : atLeast;
  return Math.min(1, ratioToNumber(2n * smaller, BigInt(s + f) ** BigInt(n)));
}
