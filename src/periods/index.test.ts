import { describe, expect, it } from "vitest";
import * as periods from "./index.ts";

describe("periods public face", () => {
  it("exports exactly these names, so the API cannot change unnoticed", () => {
    expect(Object.keys(periods).sort()).toEqual([
      "ACCEPTED_PERIOD_FORMS",
      "bucketize",
      "daysInclusive",
      "granularities",
      "isPartial",
      "overlapDays",
      "parsePeriod",
    ]);
  });
});
