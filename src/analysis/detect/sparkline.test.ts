import { describe, expect, it } from "vitest";
import { sparkline } from "./sparkline.ts";

describe("sparkline", () => {
  it("maps zero to the lowest block and the maximum to the full block", () => {
    expect(sparkline([0, 1, 2, 4, 8])).toBe("▁▂▃▅█");
    expect(sparkline([0, 7])).toBe("▁█");
  });

  it("draws a silent series flat and clamps to an explicit scale", () => {
    expect(sparkline([0, 0, 0])).toBe("▁▁▁");
    expect(sparkline([5, 20], { min: 0, max: 10 })).toBe("▅█");
    expect(sparkline([])).toBe("");
  });
});
