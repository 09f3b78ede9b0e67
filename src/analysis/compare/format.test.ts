import { describe, expect, it } from "vitest";
import { formatP, formatPercent, formatRatio } from "./format.ts";

describe("formatRatio", () => {
  it("shows three significant digits, whole numbers from 100, and a bare 0", () => {
    expect([2.5358, 12.34, 0.03123, 153.4, 0].map((x) => formatRatio(x, "en"))).toEqual(["2.54", "12.3", "0.0312", "153", "0"]);
    expect(formatRatio(Infinity, "en")).toBe("∞");
  });

  it("never shows a number other than 1 as 1.00, so a bound reads on its own side of 1", () => {
    expect([1.00444, 0.99964, 1.0049, 0.995, 1].map((x) => formatRatio(x, "en"))).toEqual(["1.004", "0.9996", "1.005", "0.995", "1.00"]);
    expect(formatRatio(1 + 2 ** -52, "en")).toBe("1.0000000000000002");
    expect(formatRatio(0.99964, "nl")).toBe("0,9996");
  });

  it("uses a decimal comma in Dutch", () => {
    expect(formatRatio(2.5358, "nl")).toBe("2,54");
  });
});

describe("formatP", () => {
  it("writes p < 0.001 for tiny values and two significant digits otherwise", () => {
    expect(formatP(2e-14, 0.05, "en")).toBe("p < 0.001");
    expect(formatP(0.3812, 0.05, "en")).toBe("p = 0.38");
    expect(formatP(0.004123, 0.05, "nl")).toBe("p = 0,0041");
    expect(formatP(1, 0.05, "en")).toBe("p = 1");
  });

  it("never rounds a p-value across the significance level", () => {
    expect(formatP(0.0496, 0.05, "en")).toBe("p = 0.0496");
    expect(formatP(0.04999, 0.05, "en")).toBe("p = 0.04999");
    expect(formatP(0.0504, 0.05, "en")).toBe("p = 0.05");
  });

  it("does not write p < 0.001 when the significance level is below 0.001", () => {
    expect(formatP(0.0008, 0.0005, "en")).toBe("p = 0.0008");
  });
});

describe("formatPercent", () => {
  it("turns a confidence level into a percentage without float noise", () => {
    expect([0.95, 0.9, 0.995].map((c) => formatPercent(c, "en"))).toEqual(["95", "90", "99.5"]);
    expect(formatPercent(0.995, "nl")).toBe("99,5");
  });
});
