import { describe, expect, it } from "vitest";
import { CountingRule, describeRule } from "./rule.ts";

describe("describeRule", () => {
  it("says deaths are the best estimate where the dataset records them, and that GDELT records none, in both languages", () => {
    expect(describeRule(CountingRule.parse({}), "IS")).toMatch(/; deaths = best estimate\.$/);
    expect(describeRule(CountingRule.parse({ dataset: "acled" }), "IS")).toMatch(/; deaths = best estimate\.$/);
    expect(describeRule(CountingRule.parse({ dataset: "gdelt" }), "IS")).toMatch(/; the dataset records no deaths, so its deaths read 0\.$/);
    expect(describeRule(CountingRule.parse({ dataset: "gdelt" }), "IS", "nl")).toMatch(/; de dataset telt geen doden, dus staan de doden op 0\.$/);
    expect(describeRule(CountingRule.parse({ dataset: "gtd" }), "IS", "nl")).toMatch(/; doden = beste schatting\.$/);
  });
});
