import { describe, expect, it } from "vitest";
import { readIraqIsSeries } from "../../../bench/detect/ucdp-iraq-series.ts";
import { createRng } from "../detect/index.ts";
import { backtestMethods, forecastBacktest } from "./backtest.ts";
import { forecastSeries } from "./forecast.ts";

const pick = (...names: string[]) => backtestMethods().filter((m) => names.some((n) => m.name.startsWith(n)));

describe("forecastSeries", () => {
  it("forecasts the months after the last one, medians inside nested 80% and 95% intervals", () => {
    const iraq = readIraqIsSeries("2004-01", "2013-12");
    const f = forecastSeries(iraq, 6);
    expect(f.points.map((p) => p.month)).toEqual(["2014-01", "2014-02", "2014-03", "2014-04", "2014-05", "2014-06"]);
    for (const p of f.points) {
      expect(p.pi95[0]).toBeLessThanOrEqual(p.pi80[0]);
      expect(p.pi80[0]).toBeLessThanOrEqual(p.median);
      expect(p.median).toBeLessThanOrEqual(p.pi80[1]);
      expect(p.pi80[1]).toBeLessThanOrEqual(p.pi95[1]);
      expect(p.errors).toBe(48);
    }
    // Uncertainty grows with the horizon.
    expect(f.points[5]!.pi80[1] - f.points[5]!.pi80[0]).toBeGreaterThan(f.points[0]!.pi80[1] - f.points[0]!.pi80[0]);
    // Late 2013 ran at 60–100 events a month (UCDP GED 19.1): the median stays in that range.
    expect(f.points[0]!.median).toBeGreaterThan(40);
    expect(f.points[0]!.median).toBeLessThan(120);
  });
  it("refuses a series too short to fit", () => {
    expect(() => forecastSeries({ months: ["2020-01", "2020-02"], counts: [1, 2] }, 3)).toThrow(RangeError);
  });
});

describe("forecastBacktest", () => {
  it("calibrates its intervals on stationary NB series it knows nothing about", () => {
    const rng = createRng(99);
    const series = Array.from({ length: 20 }, (_, i) => ({ label: `s${i}`, counts: Array.from({ length: 84 }, () => rng.negBin(15, 1 / 0.3)) }));
    const rows = forecastBacktest(series, { horizons: [1, 6], firstScored: 24 }, pick("model"));
    for (const r of rows) {
      expect(r.cover80).toBeGreaterThan(0.76);
      expect(r.cover80).toBeLessThan(0.84);
      expect(r.cover95).toBeGreaterThan(0.92);
      expect(r.cover95).toBeLessThan(0.98);
    }
  });
  it("follows a clear level shift within six months, where the 12-month mean still lags", () => {
    // 7, 9, 7, 9, … for three years, then 38, 42, 38, … for six months.
    const counts = Array.from({ length: 42 }, (_, m) => (m < 36 ? 8 : 40) + (m % 2 ? 1 : -1) * (m < 36 ? 1 : 2));
    const months = counts.map((_, i) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
    const mean12 = counts.slice(-12).reduce((a, b) => a + b, 0) / 12;
    const f = forecastSeries({ months, counts }, 1).points[0]!;
    expect(mean12).toBe(24);
    expect(f.mean).toBeGreaterThan(32);
    expect(f.pi80[1]).toBeGreaterThan(40);
  });
  it("shows a Poisson's intervals too narrow for overdispersed counts", () => {
    const rng = createRng(101);
    const series = Array.from({ length: 10 }, (_, i) => ({ label: `s${i}`, counts: Array.from({ length: 60 }, () => rng.negBin(20, 1 / 0.3)) }));
    const [poisson] = forecastBacktest(series, { horizons: [1], firstScored: 24 }, pick("Poisson"));
    expect(poisson!.cover80).toBeLessThan(0.6);
  });
  it("never looks ahead: changing a month after the origin leaves that origin's scores alone", () => {
    const base = Array.from({ length: 40 }, (_, i) => (i * 7) % 11);
    const changed = [...base.slice(0, 39), 500];
    const a = forecastBacktest([{ label: "a", counts: base.slice(0, 39) }], { horizons: [1], firstScored: 24 }, pick("model"));
    const b = forecastBacktest([{ label: "b", counts: changed.slice(0, 39) }], { horizons: [1], firstScored: 24 }, pick("model"));
    expect(b[0]!.crps).toBe(a[0]!.crps);
    // And the forecast made at the last origin ignores the 40th month's value.
    expect(forecastSeries({ months: base.map((_, i) => `20${String(10 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, "0")}`).slice(0, 39), counts: base.slice(0, 39) }, 1).points[0]!.mean).toBe(
      forecastSeries({ months: base.map((_, i) => `20${String(10 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, "0")}`).slice(0, 39), counts: changed.slice(0, 39) }, 1).points[0]!.mean,
    );
  });
});
