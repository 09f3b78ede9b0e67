import { describe, expect, it } from "vitest";
import { UsageError } from "../../errors.ts";
import { addMonths, assertSeries, monthRange } from "./series.ts";

describe("addMonths", () => {
  it("crosses year boundaries both ways", () => {
    expect(addMonths("2013-11", 3)).toBe("2014-02");
    expect(addMonths("2014-01", -1)).toBe("2013-12");
    expect(addMonths("2004-01", 179)).toBe("2018-12");
  });
});

describe("monthRange", () => {
  it("lists every month between two months inclusive", () => {
    expect(monthRange("2011-11", "2012-02")).toEqual(["2011-11", "2011-12", "2012-01", "2012-02"]);
  });
});

describe("assertSeries", () => {
  it("accepts a gap-free series with zeros", () => {
    expect(() => assertSeries({ months: ["2020-12", "2021-01"], counts: [0, 3] })).not.toThrow();
  });

  it("rejects a missing month, a fractional count and mismatched lengths", () => {
    expect(() => assertSeries({ months: ["2020-11", "2021-01"], counts: [1, 2] })).toThrow(UsageError);
    expect(() => assertSeries({ months: ["2020-11"], counts: [1.5] })).toThrow(/non-negative integer/);
    expect(() => assertSeries({ months: ["2020-11"], counts: [1, 2] })).toThrow(/1 months but 2 counts/);
    expect(() => assertSeries({ months: ["2020-13"], counts: [1] })).toThrow(/not a month/);
  });
});
