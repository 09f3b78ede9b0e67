import { describe, expect, it } from "vitest";
import { comparePeriods } from "./index.ts";

describe("comparisonSentence numbers", () => {
  it("writes counts with the language's thousands separator", () => {
    const input = { a: { count: 3417, days: 365, label: "2017" }, b: { count: 1201, days: 359, label: "2018" } };
    expect(comparePeriods(input).sentence).toMatch(/^3,417 in 2017 \(365 days\) vs 1,201 in 2018/);
    expect(comparePeriods(input, { lang: "nl" }).sentence).toMatch(/^3\.417 in 2017 .* 1\.201 in 2018/);
  });
});
