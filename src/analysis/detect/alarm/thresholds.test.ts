import { describe, expect, it } from "vitest";
import { THRESHOLD_TABLE } from "./threshold-table.ts";
import { tableApplies, tableThreshold } from "./thresholds.ts";

describe("tableThreshold", () => {
  it("returns grid values at grid points and clamps outside the grid", () => {
    const { h } = THRESHOLD_TABLE;
    expect(tableThreshold(0.2, 8)).toBe(h[4]?.[4]);
    expect(tableThreshold(5, 1000)).toBe(h[6]?.[8]);
    expect(tableThreshold(0, 0.01)).toBe(h[0]?.[0]);
  });

  it("interpolates linearly in α and in log rate", () => {
    const { h } = THRESHOLD_TABLE;
    const mid = ((h[3]?.[4] as number) + (h[4]?.[4] as number)) / 2;
    expect(tableThreshold(0.15, 8)).toBeCloseTo(mid, 12);
    const geo = ((h[4]?.[4] as number) + (h[4]?.[5] as number)) / 2;
    expect(tableThreshold(0.2, Math.sqrt(8 * 16))).toBeCloseTo(geo, 12);
  });

  it("applies only to the settings it was simulated for", () => {
    expect(tableApplies({ factor: 2, baselineMonths: 24, minRate: 0.5, targetArl: 60 })).toBe(true);
    expect(tableApplies({ factor: 3, baselineMonths: 24, minRate: 0.5, targetArl: 60 })).toBe(false);
  });
});
