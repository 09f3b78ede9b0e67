import { describe, expect, it } from "vitest";
import { THRESHOLD_TABLES } from "./threshold-table.ts";
import { tableApplies, tableThreshold } from "./thresholds.ts";

const h60 = THRESHOLD_TABLES[0].h;

describe("tableThreshold", () => {
  it("returns grid values at grid points and clamps outside the grid", () => {
    expect(tableThreshold(0.2, 8)).toBe(h60[4][4]);
    expect(tableThreshold(5, 1000)).toBe(h60[6][8]);
    expect(tableThreshold(0, 0.01)).toBe(h60[0][0]);
  });

  it("interpolates linearly in α and in log rate", () => {
    expect(tableThreshold(0.15, 8)).toBeCloseTo((h60[3][4] + h60[4][4]) / 2, 12);
    expect(tableThreshold(0.2, Math.sqrt(8 * 16))).toBeCloseTo((h60[4][4] + h60[4][5]) / 2, 12);
  });

  it("asks for a higher threshold for a longer in-control run length", () => {
    expect(tableThreshold(0.2, 8, 120)).toBeGreaterThan(tableThreshold(0.2, 8, 60));
    expect(() => tableThreshold(0.2, 8, 90)).toThrow(/no threshold table/);
  });

  it("applies only to the settings it was simulated for", () => {
    expect(tableApplies({ factor: 2, baselineMonths: 24, minRate: 0.5, targetArl: 60 })).toBe(true);
    expect(tableApplies({ factor: 2, baselineMonths: 24, minRate: 0.5, targetArl: 120 })).toBe(true);
    expect(tableApplies({ factor: 3, baselineMonths: 24, minRate: 0.5, targetArl: 60 })).toBe(false);
  });
});
