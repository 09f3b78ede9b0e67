import binomialTest from "@stdlib/stats-binomial-test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binomialTestTwoSided, clopperPearsonLower } from "./binomial-test.ts";
import { exactTwoSidedP } from "./rational-reference.ts";

/** stdlib takes the far tail as 1 − CDF, so its tiny p-values are only good to about ±1e-16 absolute. */
const closeToStdlib = (x: number, ref: number) => expect(Math.abs(x - ref)).toBeLessThanOrEqual(1e-9 * ref + 1e-14);

describe("binomialTestTwoSided", () => {
  it("gives R's binom.test(7, 20, 0.3) p = 0.6295 (exactly 0.62949796667667…)", () => {
    // Often quoted from memory as 0.6264; the exact rational sum and stdlib both say 0.629497966676678.
    expect(exactTwoSidedP(7, 20, 3, 7)).toBeCloseTo(0.629497966676678, 14);
    expect(binomialTestTwoSided(7, 20, 0.3)).toBeCloseTo(0.629497966676678, 13);
    expect(binomialTest(7, 20, { p: 0.3 }).pValue).toBeCloseTo(0.629497966676678, 13);
  });

  it("matches the exact rational p-value of 153 of 274 at p = 182/547 (≈ 2.105e-14) to 1e-12 relative", () => {
    const exact = exactTwoSidedP(153, 274, 182, 365);
    expect(exact).toBeCloseTo(2.10506e-14, 18);
    expect(Math.abs(binomialTestTwoSided(153, 274, 182 / 547, 365 / 547) / exact - 1)).toBeLessThan(1e-12);
  });

  it("is 1 at the mean and handles all-or-nothing outcomes", () => {
    expect(binomialTestTwoSided(5, 10, 0.5)).toBe(1);
    expect(binomialTestTwoSided(0, 5, 1 / 3, 2 / 3)).toBeCloseTo(exactTwoSidedP(0, 5, 1, 2), 14);
    expect(binomialTestTwoSided(5, 5, 1 / 3, 2 / 3)).toBeCloseTo(exactTwoSidedP(5, 5, 1, 2), 14);
  });

  it("matches the exact rational p-value for random small cases", () => {
    const arg = fc.record({ n: fc.integer({ min: 1, max: 60 }), s: fc.integer({ min: 1, max: 400 }), f: fc.integer({ min: 1, max: 400 }) });
    fc.assert(
      fc.property(arg.chain((a) => fc.record({ x: fc.integer({ min: 0, max: a.n }), a: fc.constant(a) })), ({ x, a }) => {
        const exact = exactTwoSidedP(x, a.n, a.s, a.f);
        const mine = binomialTestTwoSided(x, a.n, a.s / (a.s + a.f), a.f / (a.s + a.f));
        expect(Math.abs(mine - exact)).toBeLessThanOrEqual(1e-12 * exact);
      }),
      { numRuns: 200 },
    );
  });

  it("matches stdlib's binomial test (R's algorithm) on random cases up to n = 3000", () => {
    const arg = fc.record({
      n: fc.integer({ min: 1, max: 3000 }),
      p: fc.double({ min: 0.001, max: 0.999, noNaN: true }),
      u: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(arg, ({ n, p, u }) => {
        // Concentrate x near the mean, where p-values are not all tiny.
        const x = Math.min(n, Math.max(0, Math.round(n * p + (u - 0.5) * 8 * Math.sqrt(n * p * (1 - p) + 1))));
        closeToStdlib(binomialTestTwoSided(x, n, p), binomialTest(x, n, { p, alternative: "two-sided" }).pValue);
      }),
      { numRuns: 300 },
    );
  });
});

describe("clopperPearsonLower", () => {
  it("matches stdlib's interval at both ends (the upper end as 1 − the lower end of n − x)", () => {
    const arg = fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(arg, fc.constantFrom(0.9, 0.95, 0.99), ([n, u], confidence) => {
        const x = Math.round(u * n);
        const [lower, upper] = binomialTest(x, n, { alpha: 1 - confidence }).ci as [number, number];
        expect(Math.abs(clopperPearsonLower(x, n, confidence) - lower)).toBeLessThan(1e-9 * lower + 1e-14);
        expect(Math.abs(1 - clopperPearsonLower(n - x, n, confidence) - upper)).toBeLessThan(1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("is 0 for no successes and (α/2)^(1/n) for all successes", () => {
    expect(clopperPearsonLower(0, 10, 0.95)).toBe(0);
    expect(clopperPearsonLower(10, 10, 0.95)).toBeCloseTo(0.025 ** (1 / 10), 14);
  });
});
