import { describe, expect, it } from "vitest";
import { binomialLowerTail, binomialUpperTail } from "./binomial-cdf.ts";
import { exactTails } from "./rational-reference.ts";

const closeRelative = (x: number, ref: number, tolerance: number) =>
  expect(Math.abs(x - ref)).toBeLessThanOrEqual(tolerance * ref);

describe("binomial tails", () => {
  it("agree with exact rational sums to 1e-12 relative, both tails, down to 1e-100", () => {
    for (const [n, s, f] of [[20, 3, 7], [274, 182, 365], [150, 1, 1], [400, 1, 30]] as const) {
      const [p, q] = [s / (s + f), f / (s + f)];
      const exact = exactTails(n, s, f);
      for (let k = 0; k < n; k++) {
        const [lower, upper] = [exact.lower[k]!, exact.upper[k]!];
        if (lower > 1e-100) closeRelative(binomialLowerTail(k, n, p, q), lower, 1e-12);
        if (upper > 1e-100) closeRelative(binomialUpperTail(k, n, p, q), upper, 1e-12);
      }
    }
  });

  it("gets the headline case's tail P(X ≥ 153) of 274 at p = 182/547, about 1.5e-14, to 12 digits", () => {
    const exact = exactTails(274, 182, 365).upper[152]!;
    expect(exact).toBeLessThan(1e-13);
    closeRelative(binomialUpperTail(152, 274, 182 / 547, 365 / 547), exact, 1e-12);
  });

  it("are 0 and 1 outside 0..n and floor fractional k", () => {
    expect(binomialLowerTail(-1, 10, 0.3)).toBe(0);
    expect(binomialLowerTail(10, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(-0.5, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(10, 10, 0.3)).toBe(0);
    expect(binomialLowerTail(2.7, 10, 0.3)).toBe(binomialLowerTail(2, 10, 0.3));
  });
});
