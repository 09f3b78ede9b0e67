import { describe, expect, it } from "vitest";
import { createRng } from "../stats/random.ts";
import { rateInterval } from "./rate-interval.ts";

describe("rateInterval", () => {
  it("gives Garwood's exact limits: 10 events → [4.795, 18.390], 0 events → [0, 3.689]", () => {
    const [lo, hi] = rateInterval(10, 1);
    expect(lo).toBeCloseTo(4.7954, 3);
    expect(hi).toBeCloseTo(18.3904, 3);
    expect(rateInterval(0, 1)).toEqual([0, expect.closeTo(3.6889, 3)]);
    expect(rateInterval(10, 2)[1]).toBeCloseTo(18.3904 / 2, 3);
  });

  it("covers the true NB rate about 95% of the time where the Poisson interval falls short", () => {
    const rng = createRng(77);
    let nbHits = 0;
    let poissonHits = 0;
    for (let i = 0; i < 2000; i++) {
      let total = 0;
      for (let k = 0; k < 24; k++) total += rng.negBin(20, 5);
      const [a, b] = rateInterval(total, 24, 0.2);
      const [c, d] = rateInterval(total, 24);
      if (a <= 20 && 20 <= b) nbHits++;
      if (c <= 20 && 20 <= d) poissonHits++;
    }
    expect(nbHits / 2000).toBeGreaterThan(0.93);
    expect(nbHits / 2000).toBeLessThan(0.975);
    expect(poissonHits / 2000).toBeLessThan(0.7);
  });
});
