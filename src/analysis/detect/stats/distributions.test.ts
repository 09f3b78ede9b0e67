import { describe, expect, it } from "vitest";
import { chiSquareCdf, chiSquareSf } from "./chi-square.ts";
import { gammaQuantile } from "./gamma-quantile.ts";
import { regularizedGammaP } from "./incomplete-gamma.ts";
import { logGamma } from "./log-gamma.ts";
import { normalCdf, normalQuantile } from "./normal.ts";

describe("logGamma", () => {
  it("matches factorials and Γ(½) = √π", () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247001, 12);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 9);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
  });
});

describe("chiSquareSf", () => {
  // Critical values from the standard chi-square table (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.4).
  it.each([
    [3.841, 1, 0.05],
    [6.635, 1, 0.01],
    [5.991, 2, 0.05],
    [11.070, 5, 0.05],
    [18.307, 10, 0.05],
    [23.209, 10, 0.01],
    [59.703, 30, 0.001],
    [124.342, 100, 0.05],
  ])("gives p ≈ table value for χ² = %f with %i df", (x, df, p) => {
    expect(chiSquareSf(x, df)).toBeCloseTo(p, 4);
  });

  it("equals exp(−x/2) for two degrees of freedom, even far in the tail", () => {
    expect(chiSquareSf(80, 2) / Math.exp(-40)).toBeCloseTo(1, 10);
    expect(chiSquareCdf(2, 2)).toBeCloseTo(1 - Math.exp(-1), 14);
  });
});

describe("regularizedGammaP", () => {
  it("gives the Poisson tail: P(k, μ) = P(N ≥ k) for N ~ Poisson(μ)", () => {
    // P(N >= 3 | μ = 2) = 1 − e⁻²(1 + 2 + 2) by hand.
    expect(regularizedGammaP(3, 2)).toBeCloseTo(1 - 5 * Math.exp(-2), 14);
  });
});

describe("gammaQuantile", () => {
  it("reproduces Garwood's exact Poisson 95% limits", () => {
    // Published exact limits: k = 0 → [0, 3.689]; k = 1 → [0.0253, 5.572]; k = 10 → [4.795, 18.390].
    expect(gammaQuantile(0.975, 1)).toBeCloseTo(3.6889, 4);
    expect(gammaQuantile(0.025, 1)).toBeCloseTo(0.0253, 4);
    expect(gammaQuantile(0.975, 2)).toBeCloseTo(5.5716, 4);
    expect(gammaQuantile(0.025, 10)).toBeCloseTo(4.7954, 4);
    expect(gammaQuantile(0.975, 11)).toBeCloseTo(18.3904, 4);
  });

  it("inverts the CDF across small and large shapes", () => {
    for (const shape of [0.05, 0.5, 1, 3.7, 40, 2500]) {
      for (const p of [1e-6, 0.025, 0.5, 0.975, 1 - 1e-9]) {
        expect(regularizedGammaP(shape, gammaQuantile(p, shape))).toBeCloseTo(p, 9);
      }
    }
  });
});

describe("normal", () => {
  it("gives the two-sided 95% point 1.959964 both ways", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 10);
    expect(normalCdf(-8) / 6.220960574271785e-16).toBeCloseTo(1, 8);
  });
});
