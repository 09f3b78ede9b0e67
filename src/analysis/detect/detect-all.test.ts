import { describe, expect, it } from "vitest";
import { detect } from "./detect.ts";
import { detectAll } from "./detect-all.ts";
import { monthRange } from "./series.ts";
import { createRng } from "./stats/random.ts";

describe("detectAll", () => {
  it("returns, in order, what detect returns for each series", () => {
    const rng = createRng(1);
    const months = monthRange("2015-01", "2019-12");
    const series = [4, 12, 30].map((rate) => ({ months, counts: months.map((_, t) => rng.poisson(t < 36 ? rate : 3 * rate)) }));
    const all = detectAll(series);
    expect(all).toHaveLength(3);
    all.forEach((r, i) => expect(r).toEqual(detect(series[i]!)));
    expect(all.map((r) => r.regimes.length)).toEqual([2, 2, 2]);
  });
});
