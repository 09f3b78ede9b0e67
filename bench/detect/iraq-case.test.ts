import { describe, expect, it } from "vitest";
import { backtest, cusumMethod, detect } from "../../src/analysis/detect/index.ts";
import { readIraqIsSeries } from "./ucdp-iraq-series.ts";

// The series is read by the helper's own CSV parser, not by the code under test. Known answers below were
// counted independently with Python's csv module on the same file.
const series = readIraqIsSeries();
const at = (month: string): number => series.counts[series.months.indexOf(month)] as number;

describe("IS in Iraq, 2004–2018 (UCDP GED 19.1)", () => {
  it("has the independently counted events: 6191 in all, 100 in June 2014, 10 in March 2011", () => {
    expect(series.months).toHaveLength(180);
    expect(series.counts.reduce((a, b) => a + b, 0)).toBe(6191);
    expect(at("2014-06")).toBe(100);
    expect(at("2011-03")).toBe(10);
  });

  const result = detect(series);

  it("is overdispersed and gets the negative-binomial model", () => {
    expect(result.model).toBe("negbin");
    expect(result.dispersion.paired.pValue).toBeLessThan(1e-6);
  });

  it("finds the 2011–2012 low and a resurgence in 2013 at more than twice its rate", () => {
    expect(result.regrouping.found).toBe(true);
    if (!result.regrouping.found) return;
    const { low, riseStart, ratio, separated } = result.regrouping;
    expect(low.start <= "2011-01" && low.end >= "2012-12").toBe(true);
    expect(riseStart >= "2013-01" && riseStart <= "2013-12").toBe(true);
    expect(ratio).toBeGreaterThan(2);
    expect(separated).toBe(true);
  });

  it("has the CUSUM quiet through 2011–2012 and alarming in 2013, before Mosul fell in June 2014", () => {
    const alarms = result.alarms.filter((a) => a.alarm).map((a) => a.month);
    expect(alarms.filter((m) => m >= "2011-01" && m <= "2012-12")).toEqual([]);
    const first = alarms.find((m) => m >= "2013-01");
    expect(first !== undefined && first < "2014-01").toBe(true);
  });

  it("gives the same verdict when the CUSUM is replayed month by month with α re-estimated each month", () => {
    const [replayed] = backtest(series, { methods: [cusumMethod(60)], fromMonth: "2006-01" });
    expect(replayed?.alarms.filter((m) => m >= "2011-01" && m <= "2012-12")).toEqual([]);
    const first = replayed?.alarms.find((m) => m >= "2013-01");
    expect(first !== undefined && first < "2014-01").toBe(true);
  });
});
