import { describe, expect, it } from "vitest";
import { daysInclusive } from "./days.ts";

describe("daysInclusive", () => {
  it("counts both ends, leap day included", () => {
    expect(daysInclusive("2024-01-01", "2024-12-31")).toBe(366);
    expect(daysInclusive("2024-03-05", "2024-03-05")).toBe(1);
  });

  it("is zero when the end is before the start", () => {
    expect(daysInclusive("2024-03-05", "2024-03-04")).toBe(0);
  });
});
