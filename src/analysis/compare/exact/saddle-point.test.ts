import { describe, expect, it } from "vitest";
import { deviance, stirlingError } from "./saddle-point.ts";

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const logFactorial = (n: number) => {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
};

describe("stirlingError", () => {
  it("is ln n! minus Stirling's formula for small n", () => {
    // Summed logs are an exact-enough reference only while ln n! is small.
    for (const n of [1, 2, 7, 15, 16, 30, 36, 81, 200]) {
      const reference = logFactorial(n) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
      expect(Math.abs(stirlingError(n) - reference)).toBeLessThan(1e-13);
    }
  });

  it("satisfies δ(n) − δ(n+1) = (n+½)·ln(1 + 1/n) − 1 across every switch of formula", () => {
    for (const n of [14, 15, 16, 34, 35, 36, 79, 80, 81, 499, 500, 501, 5000, 1e5]) {
      const step = (n + 0.5) * Math.log1p(1 / n) - 1;
      // Up to 15, ln n! − (n+½)·ln n cancels to ~5e-15 absolute: a 5e-15 relative error in a probability.
      const tolerance = n < 16 ? 1e-14 : 1e-15;
      expect(Math.abs(stirlingError(n) - stirlingError(n + 1) - step)).toBeLessThan(tolerance);
    }
  });

  it("approaches 1/(12n) for large n", () => {
    expect(stirlingError(1e6) * 12e6).toBeCloseTo(1, 10);
  });
});

describe("deviance", () => {
  it("equals x·ln(x/m) + m − x both near m (series) and far from it", () => {
    for (const [x, m] of [[10, 10.5], [100, 99], [5, 50], [50, 5], [3, 3]] as const) {
      expect(deviance(x, m)).toBeCloseTo(x * Math.log(x / m) + m - x, 12);
    }
  });

  it("keeps relative precision where the direct formula cancels", () => {
    // x·ln(x/m) + m − x ≈ (x − m)²/(2m) for x close to m.
    const m = 1e6;
    expect(deviance(m + 1, m) / (1 / (2 * m))).toBeCloseTo(1, 5);
  });
});
