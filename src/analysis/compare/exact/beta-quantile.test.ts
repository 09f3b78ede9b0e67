import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { betaQuantile } from "./beta-quantile.ts";
import { regularizedIncompleteBeta } from "./incomplete-beta.ts";

describe("betaQuantile", () => {
  it("inverts the closed forms Q(p; a, 1) = p^(1/a) and Q(p; 1, b) = 1 − (1 − p)^(1/b)", () => {
    for (const p of [1e-12, 0.025, 0.5, 0.975]) {
      for (const a of [1, 3, 250]) {
        expect(betaQuantile(p, a, 1) / p ** (1 / a)).toBeCloseTo(1, 12);
        expect(betaQuantile(p, 1, a)).toBeCloseTo(1 - (1 - p) ** (1 / a), 14);
      }
    }
  });

  it("finds tiny quantiles to relative, not only absolute, precision", () => {
    // Q(0.025; 1, 1e5) = 1 − 0.975^(1/1e5) ≈ 2.5e-7.
    const q = betaQuantile(0.025, 1, 1e5);
    expect(q / -Math.expm1(Math.log(0.975) / 1e5)).toBeCloseTo(1, 9);
  });

  it("is the x where the incomplete beta reaches the probability", () => {
    const arg = fc.record({
      p: fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
      a: fc.integer({ min: 1, max: 2000 }),
      b: fc.integer({ min: 1, max: 2000 }),
    });
    fc.assert(
      fc.property(arg, ({ p, a, b }) => {
        expect(regularizedIncompleteBeta(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 9);
      }),
      { numRuns: 200 },
    );
  });

  it("is 0 at p = 0, 1 at p = 1, NaN for bad arguments", () => {
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    expect(betaQuantile(1.1, 2, 3)).toBeNaN();
    expect(betaQuantile(0.5, -1, 3)).toBeNaN();
  });
});
