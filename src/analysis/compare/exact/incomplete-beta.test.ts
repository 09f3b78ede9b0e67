import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regularizedIncompleteBeta as I } from "./incomplete-beta.ts";

describe("regularizedIncompleteBeta", () => {
  it("matches the closed forms I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b", () => {
    for (const x of [1e-9, 0.01, 0.3, 0.5, 0.77, 0.999]) {
      for (const a of [1, 2, 7.5, 40]) {
        if (x ** a > 1e-300) expect(I(x, a, 1) / x ** a).toBeCloseTo(1, 12); // else both underflow
        expect(I(x, 1, a)).toBeCloseTo(1 - (1 - x) ** a, 13);
      }
    }
  });

  it("is the binomial lower tail: I_{1−p}(n − k, k + 1) = P(X ≤ k)", () => {
    let tail = 0;
    const [n, p] = [30, 0.4];
    for (let k = 0; k < n; k++) {
      tail += Math.exp(
        Math.log([...Array(k).keys()].reduce((c, i) => (c * (n - i)) / (i + 1), 1)) + k * Math.log(p) + (n - k) * Math.log(1 - p),
      );
      expect(I(1 - p, n - k, k + 1)).toBeCloseTo(tail, 13);
    }
  });

  it("satisfies I_x(a, b) + I_{1−x}(b, a) = 1 and rises with x", () => {
    const arg = fc.record({
      x: fc.double({ min: 0.001, max: 0.999, noNaN: true }),
      a: fc.double({ min: 0.5, max: 500, noNaN: true }),
      b: fc.double({ min: 0.5, max: 500, noNaN: true }),
    });
    fc.assert(
      fc.property(arg, ({ x, a, b }) => {
        expect(I(x, a, b) + I(1 - x, b, a)).toBeCloseTo(1, 12);
        expect(I(x, a, b)).toBeLessThanOrEqual(I(Math.min(1, x + 0.001), a, b) + 1e-15);
      }),
      { numRuns: 300 },
    );
  });

  it("is 0 at x = 0, 1 at x = 1, NaN for bad arguments", () => {
    expect(I(0, 2, 3)).toBe(0);
    expect(I(1, 2, 3)).toBe(1);
    expect(I(0.5, 0, 3)).toBeNaN();
    expect(I(1.5, 2, 3)).toBeNaN();
  });
});
