/**
 * Binomial tail probabilities through the incomplete beta, each tail computed directly (never as
 * 1 − the other), so a tail of 1e-14 is accurate to many digits rather than to ±1e-16.
 */
import { regularizedIncompleteBeta } from "./incomplete-beta.ts";

/** P(X ≤ k) for X ~ Binomial(n, p); `q` = 1 − p. */
export function binomialLowerTail(k: number, n: number, p: number, q: number = 1 - p): number {
  const j = Math.floor(k);
  if (j < 0) return 0;
  if (j >= n) return 1;
  return regularizedIncompleteBeta(q, n - j, j + 1, p);
}

/** P(X > k) for X ~ Binomial(n, p); `q` = 1 − p. */
export function binomialUpperTail(k: number, n: number, p: number, q: number = 1 - p): number {
  const j = Math.floor(k);
  if (j < 0) return 1;
  if (j >= n) return 0;
  return regularizedIncompleteBeta(p, j + 1, n - j, q);
}
