import { describe, expect, it } from "vitest";
import { simulateScenario } from "./synthetic.ts";

const settings = { seriesPerScenario: 300, months: 120, minRate: 3, maxRate: 30, changeFrom: 48, changeTo: 96, seed: 5 };

describe("simulateScenario", () => {
  it("is reproducible from its seed and puts changes in the stated window", () => {
    const a = simulateScenario({ name: "2x", factor: 2, alpha: 0.2 }, 1, settings);
    const b = simulateScenario({ name: "2x", factor: 2, alpha: 0.2 }, 1, settings);
    expect(a).toEqual(b);
    expect(a.every((s) => s.changeAt !== null && s.changeAt >= 48 && s.changeAt < 96)).toBe(true);
    expect(a.every((s) => s.baseRate >= 3 && s.baseRate <= 30)).toBe(true);
  });

  it("multiplies the rate by the factor after the change", () => {
    let before = 0;
    let after = 0;
    for (const s of simulateScenario({ name: "3x", factor: 3, alpha: 0 }, 2, settings)) {
      const c = s.changeAt as number;
      before += s.counts.slice(0, c).reduce((x, y) => x + y, 0) / c / s.baseRate;
      after += s.counts.slice(c).reduce((x, y) => x + y, 0) / (120 - c) / s.baseRate;
    }
    expect(before / 300).toBeCloseTo(1, 1);
    expect(after / 300).toBeCloseTo(3, 1);
  });

  it("has no change in a null scenario", () => {
    expect(simulateScenario({ name: "null", factor: null, alpha: 0 }, 0, settings).every((s) => s.changeAt === null)).toBe(true);
  });
});
