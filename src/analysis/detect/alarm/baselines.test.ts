import { describe, expect, it } from "vitest";
import { acledSurge } from "./acled-surge.ts";
import { emaZScore } from "./ema-zscore.ts";
import { hdxSignal } from "./hdx-signal.ts";

describe("acledSurge", () => {
  it("flags a month at least twice the mean of the previous three", () => {
    const { alarm, statistic } = acledSurge([2, 4, 6, 8, 20, 12]);
    expect(statistic[3]).toBeCloseTo(2, 12);
    expect(alarm).toEqual([false, false, false, true, true, false]);
  });

  it("ignores surges from a prior mean below one event a month", () => {
    expect(acledSurge([0, 0, 1, 3]).alarm[3]).toBe(false);
  });
});

describe("hdxSignal", () => {
  it("flags a month above every month of the window and above the floor", () => {
    const { alarm } = hdxSignal([5, 7, 6, 8, 8, 12, 3], { windowMonths: 3, minCount: 0 });
    expect(alarm).toEqual([false, false, false, true, false, true, false]);
    expect(hdxSignal([1, 2, 3, 4], { windowMonths: 3, minCount: 10 }).alarm[3]).toBe(false);
  });
});

describe("emaZScore", () => {
  it("stays quiet on a flat series and flags a spike", () => {
    const flat = new Array<number>(24).fill(10);
    expect(emaZScore(flat).alarm.some(Boolean)).toBe(false);
    const spiked = [...flat, 30];
    expect(emaZScore(spiked).alarm[24]).toBe(true);
    expect(emaZScore(spiked).statistic[24]).toBeCloseTo(20 / Math.sqrt(10), 9);
  });
});
