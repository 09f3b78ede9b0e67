import { describe, expect, it } from "vitest";
import { binomialPmf } from "./binomial-pmf.ts";
import { exactPmfs } from "./rational-reference.ts";

const relativeError = (x: number, ref: number) => Math.abs(x - ref) / ref;

describe("binomialPmf", () => {
  // A probability of 1e-200 is exp(−460): an exponent that large carries ~1e-13 relative error by itself.
  it("agrees with exact rational probabilities to 1e-12, far tails included", () => {
    for (const [n, s, f] of [[20, 3, 7], [274, 182, 365], [600, 1, 9]] as const) {
      const exact = exactPmfs(n, s, f);
      for (let k = 0; k <= n; k++) {
        const ref = exact[k]!;
        if (ref > 1e-300) expect(relativeError(binomialPmf(k, n, s / (s + f), f / (s + f)), ref)).toBeLessThan(1e-12);
      }
    }
  });

  it("sums to one", () => {
    let total = 0;
    for (let k = 0; k <= 1000; k++) total += binomialPmf(k, 1000, 0.37);
    expect(total).toBeCloseTo(1, 13);
  });

  it("handles the edges: k outside 0..n, p of 0 or 1, n of 0", () => {
    expect(binomialPmf(-1, 5, 0.5)).toBe(0);
    expect(binomialPmf(6, 5, 0.5)).toBe(0);
    expect(binomialPmf(0, 5, 0)).toBe(1);
    expect(binomialPmf(5, 5, 1)).toBe(1);
    expect(binomialPmf(0, 0, 0.3)).toBe(1);
    expect(binomialPmf(0, 3, 0.5)).toBeCloseTo(0.125, 15);
  });
});
