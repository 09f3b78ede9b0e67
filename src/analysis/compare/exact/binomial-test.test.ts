import binomialTest from "@stdlib/stats-binomial-test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binomialTails, centralTwoSidedP, clopperPearsonLower } from "./binomial-test.ts";
import { exactCentralP } from "./rational-reference.ts";

/** stdlib takes the upper tail as 1 − CDF, so its tiny p-values are only good to about ±1e-16 absolute. */
const closeToStdlib = (x: number, ref: number) => expect(Math.abs(x - ref)).toBeLessThanOrEqual(1e-9 * ref + 1e-14);

/** The central p from stdlib's two one-sided tests: an implementation that shares no code with ours. */
const stdlibCentralP = (x: number, n: number, p: number) =>
  Math.min(
    1,
    2 * Math.min(binomialTest(x, n, { p, alternative: "less" }).pValue, binomialTest(x, n, { p, alternative: "greater" }).pValue),
  );

const centralP = (x: number, n: number, p: number, q = 1 - p) => centralTwoSidedP(binomialTails(x, n, p, q));

describe("centralTwoSidedP", () => {
  it("doubles the smaller tail: 7 of 20 at p = 0.3 gives 2·P(X ≥ 7) = 0.78398 (binom.test's 0.6295 is not central)", () => {
    // scipy 1.17: 2 * binom.sf(6, 20, 0.3) = 0.7839803755981511.
    expect(exactCentralP(7, 20, 3, 7)).toBeCloseTo(0.7839803755981511, 14);
    expect(centralP(7, 20, 0.3)).toBeCloseTo(0.7839803755981511, 13);
  });

  it("matches the exact rational p-value of 153 of 274 at p = 182/547 (≈ 3.0814e-14) to 1e-12 relative", () => {
    const exact = exactCentralP(153, 274, 182, 365);
    expect(exact).toBeCloseTo(3.08136e-14, 18);
    expect(Math.abs(centralP(153, 274, 182 / 547, 365 / 547) / exact - 1)).toBeLessThan(1e-12);
  });

  it("is capped at 1 near the mean and handles all-or-nothing outcomes", () => {
    expect(centralP(5, 10, 0.5)).toBe(1);
    expect(centralP(0, 5, 1 / 3, 2 / 3)).toBeCloseTo(2 * (2 / 3) ** 5, 14);
    expect(centralP(5, 5, 1 / 3, 2 / 3)).toBeCloseTo(2 * (1 / 3) ** 5, 14);
  });

  it("matches the exact rational p-value for random small cases", () => {
    const arg = fc.record({ n: fc.integer({ min: 1, max: 60 }), s: fc.integer({ min: 1, max: 400 }), f: fc.integer({ min: 1, max: 400 }) });
    fc.assert(
      fc.property(arg.chain((a) => fc.record({ x: fc.integer({ min: 0, max: a.n }), a: fc.constant(a) })), ({ x, a }) => {
        const exact = exactCentralP(x, a.n, a.s, a.f);
        const mine = centralP(x, a.n, a.s / (a.s + a.f), a.f / (a.s + a.f));
        expect(Math.abs(mine - exact)).toBeLessThanOrEqual(1e-12 * exact);
      }),
      { numRuns: 200 },
    );
  });

  it("matches twice stdlib's smaller one-sided p on random cases up to n = 3000", () => {
    const arg = fc.record({
      n: fc.integer({ min: 1, max: 3000 }),
      p: fc.double({ min: 0.001, max: 0.999, noNaN: true }),
      u: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(arg, ({ n, p, u }) => {
        // Concentrate x near the mean, where p-values are not all tiny.
        const x = Math.min(n, Math.max(0, Math.round(n * p + (u - 0.5) * 8 * Math.sqrt(n * p * (1 - p) + 1))));
        closeToStdlib(centralP(x, n, p), stdlibCentralP(x, n, p));
      }),
      { numRuns: 300 },
    );
  });
});

describe("binomialTails", () => {
  it("gives P(X ≤ x) and P(X ≥ x), which overlap by P(X = x)", () => {
    const t = binomialTails(2, 4, 0.5);
    expect(t.atMost).toBeCloseTo(11 / 16, 15);
    expect(t.atLeast).toBeCloseTo(11 / 16, 15);
    expect(binomialTails(0, 4, 0.5).atMost).toBeCloseTo(1 / 16, 15);
    expect(binomialTails(0, 4, 0.5).atLeast).toBe(1);
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
