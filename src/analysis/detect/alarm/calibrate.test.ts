import { describe, expect, it } from "vitest";
import { createRng } from "../stats/random.ts";
import { calibrateCusumThreshold } from "./calibrate.ts";
import { nbCusum } from "./cusum.ts";

describe("calibrateCusumThreshold", () => {
  it("gives an h whose in-control ARL on fresh simulations is near the 40-month target", () => {
    const setting = { factor: 2, baselineMonths: 24, alpha: 0.1, minRate: 0.5 };
    const h = calibrateCusumThreshold({ ...setting, rate: 8, targetArl: 40, runs: 1000, seed: 3 });
    const rng = createRng(999);
    let sum = 0;
    const runs = 1000;
    for (let run = 0; run < runs; run++) {
      const counts = Array.from({ length: 24 + 400 }, () => rng.negBin(8, 10));
      const first = nbCusum(counts, { ...setting, threshold: h }).alarm.indexOf(true);
      sum += first < 0 ? 400 : first - 24 + 1;
    }
    expect(sum / runs).toBeGreaterThan(40 * 0.85);
    expect(sum / runs).toBeLessThan(40 * 1.15);
  });
});
