import { describe, expect, it } from "vitest";
import type { DatasetCoverage } from "../../store/index.ts";
import { commonSpan } from "./coverage.ts";

const row = (country_iso3: string, first_date: string, last_date: string): DatasetCoverage => ({ dataset: "ucdp-ged", dataset_version: "19.1", country_iso3, events: 1, first_date, last_date });
const coverage = [row("SYR", "2016-01-01", "2019-11-30"), row("IRQ", "1989-01-01", "2018-12-25"), row("IRQ", "2019-01-01", "2019-06-30")];

describe("commonSpan", () => {
  it("takes each country's first to last event across versions, then the span all chosen countries cover", () => {
    expect(commonSpan(coverage, "ucdp-ged", ["SYR", "IRQ"])).toEqual({ first: "2016-01-01", last: "2019-06-30" });
  });
  it("names chosen countries without data", () => {
    expect(commonSpan(coverage, "ucdp-ged", ["SYR", "AFG"])).toEqual({ missing: ["AFG"] });
    expect(commonSpan(coverage, "gdelt", [])).toEqual({ missing: [] });
  });
  it("with no country chosen intersects every country, or pools them into one place when asked", () => {
    expect(commonSpan(coverage, "ucdp-ged", [])).toEqual({ first: "2016-01-01", last: "2019-06-30" });
    expect(commonSpan(coverage, "ucdp-ged", [], true)).toEqual({ first: "1989-01-01", last: "2019-11-30" });
  });
});
