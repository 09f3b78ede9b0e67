import { describe, expect, it } from "vitest";
import { parseDigits } from "./digits.ts";

describe("parseDigits", () => {
  it("reads a Dutch thousands dot and decimal comma", () => {
    expect(parseDigits("20.000", "nl")).toBe(20000);
    expect(parseDigits("1.400", "nl")).toBe(1400);
    expect(parseDigits("2,7", "nl")).toBe(2.7);
  });
  it("reads an English thousands comma and decimal point", () => {
    expect(parseDigits("1,400", "en")).toBe(1400);
    expect(parseDigits("87,838", "en")).toBe(87838);
    expect(parseDigits("2.7", "en")).toBe(2.7);
  });
  it("reads a space as a thousands separator in French and German", () => {
    expect(parseDigits("3 500", "fr")).toBe(3500);
    expect(parseDigits("18 500", "de")).toBe(18500);
    expect(parseDigits("1 400", "en")).toBe(1400);
  });
  it("reads German decimals and grouped decimals", () => {
    expect(parseDigits("1.234,5", "de")).toBe(1234.5);
    expect(parseDigits("33,3", "de")).toBe(33.3);
  });
  it("rejects malformed groups", () => {
    expect(parseDigits("1.40", "en")).toBe(1.4);
    expect(parseDigits("12,34,5", "en")).toBeUndefined();
  });
});
