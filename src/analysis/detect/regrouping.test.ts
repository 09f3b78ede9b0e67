import { describe, expect, it } from "vitest";
import { classifyRegrouping } from "./regrouping.ts";
import type { Regime } from "./segment/regimes.ts";

function regime(start: string, end: string, months: number, rate: number, ci: [number, number]): Regime {
  return { start, end, months, total: rate * months, rate, ci };
}

const high2010 = regime("2008-01", "2010-12", 36, 30, [28, 32]);
const low = regime("2011-01", "2012-12", 24, 17, [15, 19]);
const step = regime("2013-01", "2013-04", 4, 25, [20, 30]);
const surge = regime("2013-05", "2014-12", 20, 60, [56, 64]);

describe("classifyRegrouping", () => {
  it("finds a 24-month low followed, via a smaller step, by a 3.5× regime", () => {
    const r = classifyRegrouping([high2010, low, step, surge]);
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(r.low.start).toBe("2011-01");
    expect(r.high.start).toBe("2013-05");
    expect(r.riseStart).toBe("2013-01");
    expect(r.ratio).toBeCloseTo(60 / 17, 12);
    expect(r.separated).toBe(true);
    expect(r.explanation).toContain("2011-01 to 2012-12");
    expect(r.explanation).toContain("3.5×");
  });

  it("says why not when the rise is under the ratio", () => {
    const r = classifyRegrouping([high2010, low, regime("2013-01", "2014-12", 24, 30, [28, 32])]);
    expect(r).toMatchObject({ found: false, reason: expect.stringContaining("longest low: 2011-01 to 2012-12") });
  });

  it("does not count a low shorter than 12 months, or one without a prior decline", () => {
    const shortLow = regime("2011-01", "2011-10", 10, 17, [15, 19]);
    expect(classifyRegrouping([high2010, shortLow, surge]).found).toBe(false);
    expect(classifyRegrouping([low, surge])).toMatchObject({ found: false, reason: expect.stringContaining("following a decline") });
    expect(classifyRegrouping([low, surge], { minLowMonths: 12, minRatio: 2, requirePriorDecline: false }).found).toBe(true);
  });

  it("reports a single regime as no change at all", () => {
    expect(classifyRegrouping([low])).toMatchObject({ found: false, reason: expect.stringContaining("single regime") });
  });
});
