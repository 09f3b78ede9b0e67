import { describe, expect, it } from "vitest";
import { addDays, addMonths, monthRange, parsePublished } from "./calendar.ts";

describe("parsePublished", () => {
  it("accepts a year, a month or a day and gives the last day it may be", () => {
    expect(parsePublished("2024")?.end).toBe("2024-12-31");
    expect(parsePublished("2024-02")?.end).toBe("2024-02-29");
    expect(parsePublished("2017-07-29")?.end).toBe("2017-07-29");
  });
  it("rejects anything else", () => {
    expect(parsePublished("2024-13")).toBeUndefined();
    expect(parsePublished("July 2024")).toBeUndefined();
    expect(parsePublished(undefined)).toBeUndefined();
  });
});

describe("calendar arithmetic", () => {
  it("adds days across a year end", () => {
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
  });
  it("clamps a month step to the month's last day", () => {
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
  });
  it("gives a whole month", () => {
    expect(monthRange(2023, 10)).toEqual({ start: "2023-10-01", end: "2023-10-31" });
  });
});
