import { describe, expect, it } from "vitest";
import { logGamma } from "./log-gamma.ts";

/** ln((n−1)!) by summing logs: slow, simple and independent. */
const logFactorialSum = (n: number) => {
  let s = 0;
  for (let i = 2; i < n; i++) s += Math.log(i);
  return s;
};

describe("logGamma", () => {
  it("matches ln((n−1)!) for integers", () => {
    for (const n of [1, 2, 3, 5, 10, 20, 50, 171, 1000]) {
      const ref = logFactorialSum(n);
      expect(Math.abs(logGamma(n) - ref)).toBeLessThanOrEqual(1e-14 * Math.max(1, ref));
    }
  });

  it("knows Γ(½) = √π and Γ(x+1) = x·Γ(x) at non-integers", () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    for (const x of [0.1, 0.7, 3.3, 12.25]) expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 13);
  });

  it("is NaN outside x > 0", () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-2.5)).toBeNaN();
  });
});
