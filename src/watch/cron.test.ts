import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import { nextRun, parseCron } from "./cron.ts";

const next = (expr: string, after: string): string => nextRun(parseCron(expr), new Date(after)).toISOString();

describe("parseCron", () => {
  it("reads lists, ranges and steps", () => {
    const c = parseCron("*/15 6-8 1,15 */3 1-5");
    expect([...c.minute]).toEqual([0, 15, 30, 45]);
    expect([...c.hour]).toEqual([6, 7, 8]);
    expect([...c.day]).toEqual([1, 15]);
    expect([...c.month]).toEqual([1, 4, 7, 10]);
    expect([...c.weekday]).toEqual([1, 2, 3, 4, 5]);
  });
  it("refuses four fields, out-of-range values and names", () => {
    for (const bad of ["* * * *", "60 * * * *", "* 24 * * *", "0 0 0 * *", "0 0 * JAN *", "5-1 * * * *", "*/0 * * * *"]) expect(() => parseCron(bad)).toThrow(UsageError);
  });
});

describe("nextRun", () => {
  it("finds the next quarter hour", () => expect(next("*/15 * * * *", "2026-12-07T12:07:30Z")).toBe("2026-12-07T12:15:00.000Z"));
  it("is strictly after the given minute", () => expect(next("15 * * * *", "2026-12-07T12:15:00Z")).toBe("2026-12-07T13:15:00.000Z"));
  it("rolls over the day, month and year", () => expect(next("30 2 * * *", "2026-12-31T03:00:00Z")).toBe("2027-01-01T02:30:00.000Z"));
  it("runs on the first of each month", () => expect(next("0 6 1 * *", "2026-12-07T00:00:00Z")).toBe("2027-01-01T06:00:00.000Z"));
  it("takes Sunday as 0 or 7 (2026-12-13 is a Sunday)", () => {
    expect(next("0 9 * * 7", "2026-12-07T00:00:00Z")).toBe("2026-12-13T09:00:00.000Z");
    expect(next("0 9 * * 0", "2026-12-07T00:00:00Z")).toBe("2026-12-13T09:00:00.000Z");
  });
  it("matches either day field when both are restricted (the 15th, or a Monday)", () => expect(next("0 0 15 * 1", "2026-12-08T00:00:00Z")).toBe("2026-12-14T00:00:00.000Z"));
  it("finds 29 February in a leap year", () => expect(next("0 0 29 2 *", "2026-03-01T00:00:00Z")).toBe("2028-02-29T00:00:00.000Z"));
});
