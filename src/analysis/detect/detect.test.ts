import { describe, expect, it } from "vitest";
import { UsageError } from "../../errors.ts";
import { detect } from "./detect.ts";
import { monthRange } from "./series.ts";
import { createRng } from "./stats/random.ts";

// A known story: 48 months at 30/month, a 24-month low at 10/month, then 36 months at 30/month.
function regroupingSeries(seed: number, size = 5) {
  const rng = createRng(seed);
  const months = monthRange("2008-01", "2016-12");
  const counts = months.map((_, t) => rng.negBin(t < 48 ? 30 : t < 72 ? 10 : 30, size));
  return { months, counts };
}

describe("detect", () => {
  it("chooses the NB model for overdispersed counts and recovers the two known changes in 7 of 8 series", () => {
    let recovered = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const r = detect(regroupingSeries(seed));
      expect(r.model).toBe("negbin");
      expect(r.alpha).toBeGreaterThan(0.08);
      expect(r.alpha).toBeLessThan(0.45);
      const starts = r.regimes.map((g) => g.start);
      const near = (m: string | undefined, options: string[]) => m !== undefined && options.includes(m);
      if (starts.length === 3 && near(starts[1], ["2011-11", "2011-12", "2012-01", "2012-02", "2012-03"]) && near(starts[2], ["2013-11", "2013-12", "2014-01", "2014-02", "2014-03"])) recovered++;
      const low = r.regimes.find((g) => g.rate < 20);
      expect(low?.ci[0]).toBeLessThan(10);
      expect(low?.ci[1]).toBeGreaterThan(10);
    }
    expect(recovered).toBeGreaterThanOrEqual(7);
  });

  it("classifies the low-then-tripling as regrouping and alarms within months of the rise", () => {
    const r = detect(regroupingSeries(4));
    expect(r.regrouping.found).toBe(true);
    if (r.regrouping.found) expect(r.regrouping.ratio).toBeGreaterThan(2);
    const first = r.alarms.find((a) => a.alarm && a.month >= "2014-01");
    expect(first?.month).toBeDefined();
    expect(first!.month <= "2014-04").toBe(true);
  });

  it("keeps Poisson for Poisson counts and finds one regime when nothing changes", () => {
    const rng = createRng(8);
    const months = monthRange("2010-01", "2019-12");
    const r = detect({ months, counts: months.map(() => rng.poisson(12)) });
    expect(r.model).toBe("poisson");
    expect(r.alpha).toBe(0);
    expect(r.regimes).toHaveLength(1);
    expect(r.regrouping).toMatchObject({ found: false });
    expect(r.alarms[0]).toMatchObject({ baseline: null, threshold: null, alarm: false });
  });

  it("honours a forced model and rejects bad options and empty series", () => {
    expect(detect(regroupingSeries(4), { model: "poisson" }).model).toBe("poisson");
    expect(() => detect(regroupingSeries(4), { minSegment: 0 })).toThrow(UsageError);
    expect(() => detect({ months: [], counts: [] })).toThrow(/empty/);
  });
});
