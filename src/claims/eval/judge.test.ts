import { describe, expect, it } from "vitest";
import { actorFamily, coreMatch, countriesOk, fullMatch, judgedPublished, maxMatching, unitClass } from "./judge.ts";

const gold = { claim_type: "count", quantity: 75, unit: "attacks", actor: "Islamic State West Africa Province", countries: ["Niger", "Chad"], period_start: "2021-01-01", period_end: "2021-12-31" };
const pred = { claim_type: "count", quantity: 75, unit: "claimed_attacks", actor_id: "is-west-africa", countries: ["NER", "TCD"], period_start: "2021-01-01", period_end: "2021-12-31" };

describe("judge (score.py's definition of a correct claim)", () => {
  it("puts affiliates in their own family and no actor in the generic one", () => {
    expect(actorFamily("is-west-africa")).toBe("iswap");
    expect(actorFamily("is-khorasan")).toBe("iskp");
    expect(actorFamily("is")).toBe("is");
    expect(actorFamily(null)).toBe("generic");
    expect(actorFamily("jihadist groups")).toBe("generic");
  });

  it("reads units as classes: claimed attacks are attacks, civilian deaths are deaths, displaced stays its own", () => {
    expect(unitClass("claimed_attacks")).toBe("attack");
    expect(unitClass("civilian_deaths")).toBe("death");
    expect(unitClass("injuries")).toBe("casualty");
    expect(unitClass("displaced")).toBe("displaced");
  });

  it("matches the full claim, and only the core when the actor is the core group instead of the affiliate", () => {
    expect(fullMatch(gold, pred)).toBe(true);
    expect(fullMatch(gold, { ...pred, actor_id: "is" })).toBe(false);
    expect(coreMatch(gold, { ...pred, actor_id: "is" })).toBe(true);
  });

  it("needs a period overlapping at least 75 % of the union", () => {
    expect(coreMatch(gold, { ...pred, period_start: "2021-02-01" })).toBe(true);
    expect(coreMatch(gold, { ...pred, period_start: "2021-07-01" })).toBe(false);
    expect(coreMatch(gold, { ...pred, period_start: null })).toBe(false);
  });

  it("compares a comparison by its ratio, a percent change counting as 1 + p/100", () => {
    const g = { claim_type: "comparison", quantity: null, unit: "deaths", comparison: { type: "ratio", value: 1.5 } };
    expect(coreMatch(g, { unit: "deaths", comparison: { type: "percent_change", value: 50 } })).toBe(true);
    expect(coreMatch(g, { unit: "deaths", comparison: { type: "percent_change", value: 40 } })).toBe(false);
  });

  it("wants the same countries, or a superset when some gold names are not countries", () => {
    expect(countriesOk({ countries: ["Mali"] }, { countries: ["MLI", "NER"] })).toBe(false);
    expect(countriesOk({ countries: ["Mali", "Sahel"] }, { countries: ["MLI", "NER"] })).toBe(true);
  });

  it("pairs one to one by maximum matching, not greedily", () => {
    const g = [{ quantity: 5, unit: "attacks" }, { quantity: 5, unit: "attacks", period_start: "2020-01-01", period_end: "2020-12-31" }];
    const p = [{ quantity: 5, unit: "attacks", period_start: "2020-01-01", period_end: "2020-12-31" }, { quantity: 5, unit: "attacks" }];
    expect(maxMatching(g, p, coreMatch).size).toBe(2);
  });

  it("reads a year as its 1 July and a month as its 15th", () => {
    expect(judgedPublished("2019")).toBe("2019-07-01");
    expect(judgedPublished("2019-03")).toBe("2019-03-15");
    expect(judgedPublished(null)).toBeUndefined();
  });
});
