import { describe, expect, it } from "vitest";
import { UsageError } from "../../errors.ts";
import { parseCountsSpec } from "./counts-spec.ts";

describe("parseCountsSpec", () => {
  it("reads COUNT@PERIOD", () => {
    expect(parseCountsSpec("153@2024-H1")).toEqual({
      count: 153,
      period: { spec: "2024-H1", label: "2024-H1", start: "2024-01-01", end: "2024-06-30", days: 182 },
    });
    expect(parseCountsSpec(" 0 @ 2023-07..2023-12 ")).toMatchObject({ count: 0, period: { days: 184 } });
  });

  it.each([
    ["1532024-H1", /Counts "1532024-H1" has no "@"/],
    ["1@2@2024", /has more than one "@"/],
    ["-3@2024", /"-3" is not a whole number ≥ 0/],
    ["1.5@2024", /"1.5" is not a whole number ≥ 0/],
    ["@2024", /"" is not a whole number/],
    ["99999999999999999@2024", /99999999999999999 is too large to count exactly/],
  ])("rejects %s", (spec, message) => {
    expect(() => parseCountsSpec(spec)).toThrow(UsageError);
    expect(() => parseCountsSpec(spec)).toThrow(message);
  });

  it("passes on the period's own complaint and hint, with the spec in front", () => {
    try {
      parseCountsSpec("153@2024-H3");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      const err = e as UsageError;
      expect(err.message).toBe('Counts "153@2024-H3": Bad period "2024-H3": half-year must be H1 or H2, not H3');
      expect(err.hint).toMatch(/^Accepted forms: YYYY/);
      expect(err.cause).toBeInstanceOf(UsageError);
    }
  });
});
