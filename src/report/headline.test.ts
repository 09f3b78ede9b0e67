/**
 * The editor's headline. Expected figures come from the demo data's READMEs and an independent reading of the
 * bundled Iraq CSV (test/helpers/plain-csv.ts), never from the code under test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { comparePeriods } from "../analysis/compare/index.ts";
import { CountingRule, type CompareRow } from "../analysis/counting/index.ts";
import { bundledRegistry } from "../actors/index.ts";
import { parsePeriod, type Period } from "../periods/index.ts";
import { readCsvObjects, sideHas } from "../../test/helpers/plain-csv.ts";
import { IRAQ } from "../../test/helpers/paths.ts";
import { demoStore, type DemoStore } from "../../test/e2e/helpers/demo-store.ts";
import { buildBriefing } from "./index.ts";
import { eventHeadline } from "./headline.ts";

let demo: DemoStore;
const deps = () => ({ store: demo.store, registry: bundledRegistry(), now: () => new Date("2026-01-01T00:00:00Z") });
const brief = (countries: string[], period: string, vs: string, lang: "en" | "nl") =>
  buildBriefing({ actor: "IS", countries, period: parsePeriod(period), vs: parsePeriod(vs), rule: CountingRule.parse({}), lang }, deps());

beforeAll(async () => {
  demo = await demoStore();
});
afterAll(async () => demo.close());

/** IS events and their deaths (best estimate) in Iraq in a year, read straight from the CSV. */
function iraq(year: string): { events: number; deaths: number } {
  const rows = readCsvObjects(IRAQ).filter((r) => sideHas(r, "IS") && (r.date_start ?? "").startsWith(year));
  return { events: rows.length, deaths: rows.reduce((s, r) => s + Number(r.best), 0) };
}

describe("the headline from counted events", () => {
  it("says direction, size, deaths and the dataset's main caveat, without statistics", async () => {
    const [y14, y13] = [iraq("2014"), iraq("2013")];
    const ratio = (y14.events / 365 / (y13.events / 365)).toFixed(2);
    const d = await brief(["IRQ"], "2014", "2013", "en");
    expect(d.headline).toBe(`Events rose ${ratio}× (${y14.events} in 2014 vs ${y13.events} in 2013); ${y14.deaths.toLocaleString("en-GB")} deaths in 2014; UCDP GED counts only violence that killed someone.`);
    expect(d.headline).not.toMatch(/CI|p [<=]/);
    expect(d.finding).toMatch(/95% CI/);
  });

  it("tells rose and fell in time order when the period of interest comes before the reference", async () => {
    // 2013 against 2014: IS events in Iraq went from 2013's count to 2014's, so the headline says they rose from
    // 2013, with the counts as asked (2013 first).
    const [y13, y14] = [iraq("2013"), iraq("2014")];
    const ratio = (y14.events / y13.events).toFixed(2);
    const d = await brief(["IRQ"], "2013", "2014", "en");
    expect(d.headline).toBe(`Events rose ${ratio}× (${y13.events} in 2013 vs ${y14.events} in 2014); ${y13.deaths.toLocaleString("en-GB")} deaths in 2013; UCDP GED counts only violence that killed someone.`);
    // 2018 against 2017 is in time order: the count fell.
    const [y17, y18] = [iraq("2017"), iraq("2018")];
    const fell = Math.round((1 - y18.events / y17.events) * 100);
    expect((await brief(["IRQ"], "2018", "2017", "en")).headline).toMatch(new RegExp(`^Events fell by ${fell}% \\(${y18.events} in 2018 vs ${y17.events} in 2017\\)`));
    expect((await brief(["IRQ"], "2017", "2018", "en")).headline).toMatch(new RegExp(`^Events fell by ${fell}% \\(${y17.events} in 2017 vs ${y18.events} in 2018\\)`));
  });

  it("says it in Dutch, with Dutch number formats", async () => {
    const [y14, y13] = [iraq("2014"), iraq("2013")];
    const d = await brief(["IRQ"], "2014", "2013", "nl");
    const ratio = (y14.events / y13.events).toFixed(2).replace(".", ",");
    expect(d.headline).toBe(`Gebeurtenissen stegen ${ratio}× (${y14.events} in 2014 tegen ${y13.events} in 2013); ${y14.deaths.toLocaleString("nl-NL")} doden in 2014; UCDP GED telt alleen geweld waarbij iemand omkwam.`);
  });
});

describe("the title", () => {
  it("names the group and the countries in the reader's language", async () => {
    expect((await brief(["SYR", "IRQ"], "2024-H1", "2023", "en")).title).toBe("Islamic State in Syria and Iraq: 2024-H1 compared with 2023");
    const nl = await brief(["SYR", "IRQ"], "2024-H1", "2023", "nl");
    expect(nl.title).toBe("Islamitische Staat in Syrië en Irak: 2024-H1 vergeleken met 2023");
    expect(nl.ruleText).toMatch(/Islamitische Staat/);
    expect(nl.ruleText).not.toMatch(/Islamic State/);
  });
});

describe("the headline from officials' figures", () => {
  // data/demo/README.md: CENTCOM's 153 claimed attacks for January–June 2024; an anonymous official's 121 for 2023.
  const ratio = (153 / 182 / (121 / 365)).toFixed(2);

  it("answers the seed's question, says the figures are officials', and gives the main caveat", async () => {
    const d = await brief(["SYR", "IRQ"], "2024-H1", "2023", "en");
    expect(d.headline).toBe(`Attacks rose ${ratio}× by officials' figures (153 in 2024-H1 vs 121 in 2023, annualised); no death toll stated for 2024-H1; the two figures come from different issuers and count different things.`);
  });

  it("in Dutch", async () => {
    const d = await brief(["SYR", "IRQ"], "2024-H1", "2023", "nl");
    expect(d.headline).toBe(`Aanslagen stegen ${ratio.replace(".", ",")}× volgens cijfers van functionarissen (153 in 2024-H1 tegen 121 in 2023, op jaarbasis); geen dodental genoemd voor 2024-H1; de twee cijfers komen van verschillende bronnen en tellen verschillende dingen.`);
  });
});

describe("eventHeadline", () => {
  const row = (a: number, b: number, pa: Period, pb: Period, coveredA = pa.days): CompareRow & { comparison: ReturnType<typeof comparePeriods> } => ({
    country: "ALL",
    a: { period: pa, events: a, deaths: 2 * a, coverage: { coveredDays: coveredA } as CompareRow["a"]["coverage"] },
    b: { period: pb, events: b, deaths: 2 * b, coverage: { coveredDays: pb.days } as CompareRow["b"]["coverage"] },
    comparison: comparePeriods({ a: { count: a, days: coveredA, label: pa.label }, b: { count: b, days: pb.days, label: pb.label } }),
  });
  const [y17, y18] = [parsePeriod("2017"), parsePeriod("2018")];

  it("says 'fell by' a percentage when the rate clearly fell", () => {
    expect(eventHeadline(row(40, 100, y18, y17), "ucdp-ged", "en")).toBe("Events fell by 60% (40 in 2018 vs 100 in 2017); 80 deaths in 2018; UCDP GED counts only violence that killed someone.");
    // Asked the other way round (2017 against 2018), the same fall, told in time order: 100 to 40 is still 60% less.
    expect(eventHeadline(row(100, 40, y17, y18), "ucdp-ged", "en")).toBe("Events fell by 60% (100 in 2017 vs 40 in 2018); 200 deaths in 2017; UCDP GED counts only violence that killed someone.");
  });

  it("does not call a change chance could explain a rise", () => {
    expect(eventHeadline(row(11, 9, y17, y18), "ucdp-ged", "nl")).toBe("Gebeurtenissen veranderden niet duidelijk (11 in 2017 tegen 9 in 2018); 22 doden in 2017; UCDP GED telt alleen geweld waarbij iemand omkwam.");
  });

  it("says 'annualised' only when the periods' lengths differ by more than a leap day", () => {
    expect(eventHeadline(row(300, 100, y17, parsePeriod("2016")), "ucdp-ged", "en")).not.toMatch(/annualised/);
    expect(eventHeadline(row(300, 100, parsePeriod("2017-H1"), y18), "ucdp-ged", "en")).toMatch(/\(300 in 2017-H1 vs 100 in 2018, annualised\)/);
  });

  it("states no deaths for a dataset that records none (GDELT), rather than a 0 that reads as no one died", () => {
    expect(eventHeadline(row(40, 100, y18, y17), "gdelt", "en")).not.toMatch(/deaths/);
    expect(eventHeadline(row(40, 100, y18, y17), "gdelt", "en")).toMatch(/^Events fell by 60% \(40 in 2018 vs 100 in 2017\); /);
  });

  it("puts partial coverage first among the caveats", () => {
    expect(eventHeadline(row(300, 100, y17, y18, 200), "ucdp-ged", "en")).toMatch(/; the data cover only part of a period\.$/);
  });
});

describe("longDate", () => {
  it("writes the day in each language's words", async () => {
    const { longDate } = await import("./dates.ts");
    expect(longDate("2026-12-07", "en-GB")).toBe("7 December 2026");
    expect(longDate("2026-12-07", "nl-NL")).toBe("7 december 2026");
  });
});
