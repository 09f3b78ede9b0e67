import { describe, expect, it } from "vitest";
import { toRegimes } from "./regimes.ts";

describe("toRegimes", () => {
  it("turns changepoints into dated regimes with totals, rates and deaths", () => {
    const series = { months: ["2011-11", "2011-12", "2012-01", "2012-02"], counts: [1, 3, 10, 12], deaths: [0, 2, 5, 5] };
    const [low, high] = toRegimes(series, [2], 0);
    expect(low).toMatchObject({ start: "2011-11", end: "2011-12", months: 2, total: 4, rate: 2, deaths: 2 });
    expect(high).toMatchObject({ start: "2012-01", end: "2012-02", months: 2, total: 22, rate: 11, deaths: 10 });
    expect(high?.ci[0]).toBeLessThan(11);
    expect(high?.ci[1]).toBeGreaterThan(11);
  });
});
