import { describe, expect, it } from "vitest";
import * as compare from "./index.ts";

describe("analysis/compare public face", () => {
  it("exports exactly these names, so the API cannot change unnoticed", () => {
    expect(Object.keys(compare).sort()).toEqual([
      "DAYS_PER_YEAR",
      "annualRate",
      "comparePeriods",
      "comparisonSentence",
      "formatP",
      "formatRatio",
      "langs",
      "parseCountsSpec",
    ]);
  });

  it("annualises with 365.25 days a year", () => {
    expect(compare.DAYS_PER_YEAR).toBe(365.25);
    expect(compare.annualRate(121, 365)).toBeCloseTo(121.0829, 4);
  });
});
