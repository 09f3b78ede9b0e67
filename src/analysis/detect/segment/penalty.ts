/**
 * The price of one more changepoint, in the units of the cost (−2 log-likelihood).
 *
 * - "bic": 2 ln n — Schwarz's criterion counting two parameters per change (its location and the new mean).
 * - "mbic": 3 ln n — Zhang & Siegmund's (2007) modified BIC, whose per-change term is 3 ln n (the
 *   segment-length term is left out so the penalty stays additive, as in R's `changepoint`, where MBIC is
 *   the default). The default here: BIC treats a change location like a regular parameter, which it is not,
 *   and over-segments long noisy series; false regimes are worse than a late one for resurgence claims.
 * - a number: used as given.
 */
export type Penalty = "bic" | "mbic" | number;

/** The penalty per changepoint for a series of n months. */
export function penaltyValue(penalty: Penalty, n: number): number {
  if (typeof penalty === "number") {
    if (!(penalty >= 0)) throw new RangeError(`penalty must be >= 0, got ${penalty}`);
    return penalty;
  }
  const ln = Math.log(Math.max(n, 2));
  switch (penalty) {
    case "bic":
      return 2 * ln;
    case "mbic":
      return 3 * ln;
    default: {
      const never: never = penalty;
      throw new Error(`unknown penalty ${String(never)}`);
    }
  }
}
