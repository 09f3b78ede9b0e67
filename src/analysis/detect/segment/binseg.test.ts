import { describe, expect, it } from "vitest";
import { createRng } from "../stats/random.ts";
import { binarySegmentation } from "./binseg.ts";
import { poissonCost } from "./cost.ts";
import { pelt } from "./pelt.ts";

describe("binarySegmentation", () => {
  it("finds two well-separated changes (months 40 and 80) like PELT does", () => {
    const rng = createRng(21);
    const counts = Array.from({ length: 120 }, (_, t) => rng.poisson(t < 40 ? 6 : t < 80 ? 20 : 8));
    const opts = { penalty: 3 * Math.log(120), minSegment: 3 };
    const greedy = binarySegmentation(poissonCost(counts), opts);
    expect(greedy.changepoints).toHaveLength(2);
    expect(Math.abs((greedy.changepoints[0] as number) - 40)).toBeLessThanOrEqual(2);
    expect(Math.abs((greedy.changepoints[1] as number) - 80)).toBeLessThanOrEqual(2);
    expect(greedy.changepoints).toEqual(pelt(poissonCost(counts), opts).changepoints);
  });

  it("keeps one segment when no split pays its penalty", () => {
    expect(binarySegmentation(poissonCost([5, 6, 5, 4, 6, 5]), { penalty: 10, minSegment: 2 }).changepoints).toEqual([]);
  });
});
