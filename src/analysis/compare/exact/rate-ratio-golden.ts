/**
 * Test-only golden values for the rate-ratio test, computed outside resurgence (Python 3.11, scipy 1.17.1,
 * mpmath 1.3.0), by this procedure for a in da days vs b in db days, α = 1 − confidence:
 *   p  = min(1, 2·min(P(X ≤ a), P(X ≥ a))), X ~ Binomial(a + b, da/(da + db)), summed exactly with
 *        `fractions.Fraction` and `math.comb` (agrees with scipy's 2·min(binom.cdf(a), binom.sf(a − 1))
 *        to 1e-14 relative);
 *   lower = πL/(1 − πL)·db/da with πL = scipy.stats.beta.ppf(α/2, a, b + 1) (0 when a = 0);
 *   upper = (1 − πB)/πB·db/da with πB = beta.ppf(α/2, b, a + 1), the lower bound on b's share (∞ when b = 0).
 * Both bounds agree with a 40-digit mpmath bisection on betainc to 4e-16 relative.
 */

/** [a, da, b, db, confidence, p, lower, upper] */
export type GoldenCase = readonly [number, number, number, number, number, number, number, number];

export const goldenCases: readonly GoldenCase[] = [
  [10, 182, 7, 365, 0.95, 0.05386770756645023, 0.9844212545279494, 8.868109603446431],
  [153, 182, 121, 365, 0.95, 3.0813564327730205e-14, 1.984820515673526, 3.2458946573132055],
  [121, 365, 153, 182, 0.95, 3.0813564327730205e-14, 0.3080814707732233, 0.5038238934469406],
  [12, 31, 10, 29, 0.95, 0.9567386517391325, 0.4444990648192269, 2.9006381378052892],
  [3, 182, 2, 365, 0.95, 0.417949154601403, 0.3446010977064994, 36.01699836790141],
  [5, 182, 0, 365, 0.95, 0.008155494589188059, 1.837746636923862, Infinity],
  [1, 182, 0, 365, 0.95, 0.6654478976234004, 0.0514229360383207, Infinity],
  [0, 182, 40, 365, 0.95, 1.8760807210539066e-7, 0, 0.19374726868347192],
  [14, 182, 12, 365, 0.95, 0.04871645863057387, 1.004439822233859, 5.537610479443151],
  [19, 182, 19, 365, 0.95, 0.048337624816758, 1.0048048199395625, 4.002775595573445],
  [12, 182, 46, 365, 0.95, 0.051469109664505165, 0.25227255431084744, 1.003579117704594],
  [40, 91, 60, 365, 0.95, 6.821004902538819e-6, 1.7460927946425762, 4.056016609446642],
  [30, 182, 80, 365, 0.995, 0.2145480673271725, 0.3908493326579837, 1.3708271631127176],
  [10, 182, 7, 365, 0.9, 0.05386770756645023, 1.1478422405741227, 7.458485336159686],
];
