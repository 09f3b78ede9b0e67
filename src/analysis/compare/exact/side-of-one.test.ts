import { describe, expect, it } from "vitest";
import { lowerBoundOnSide, upperBoundOnSide } from "./side-of-one.ts";

describe("lowerBoundOnSide", () => {
  it("keeps a bound already on the test's side of 1", () => {
    expect(lowerBoundOnSide(1.98, true)).toBe(1.98);
    expect(lowerBoundOnSide(0.98, false)).toBe(0.98);
    expect(lowerBoundOnSide(1, false)).toBe(1);
  });

  it("moves a bound a rounding error off the test's side to the nearest double on it", () => {
    expect(lowerBoundOnSide(1, true)).toBe(1 + 2 ** -52);
    expect(lowerBoundOnSide(1 - 2 ** -53, true)).toBe(1 + 2 ** -52);
    expect(lowerBoundOnSide(1 + 2 ** -52, false)).toBe(1);
  });
});

describe("upperBoundOnSide", () => {
  it("keeps a bound already on the test's side of 1", () => {
    expect(upperBoundOnSide(0.5, true)).toBe(0.5);
    expect(upperBoundOnSide(3.2, false)).toBe(3.2);
    expect(upperBoundOnSide(1, false)).toBe(1);
  });

  it("moves a bound a rounding error off the test's side to the nearest double on it", () => {
    expect(upperBoundOnSide(1, true)).toBe(1 - 2 ** -53);
    expect(upperBoundOnSide(1 + 2 ** -52, true)).toBe(1 - 2 ** -53);
    expect(upperBoundOnSide(1 - 2 ** -53, false)).toBe(1);
  });
});
