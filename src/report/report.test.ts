/**
 * Briefings on the demo data. The numbers are checked against an independent count of the bundled CSV
 * (test/helpers/plain-csv.ts shares no code with ingest or the report) and against what the API answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CountingRule } from "../analysis/counting/index.ts";
import { bundledRegistry } from "../actors/index.ts";
import { parsePeriod } from "../periods/index.ts";
import { UCDP_CITATION } from "../sources/index.ts";
import { countByYear, readCsvObjects, sideHas } from "../../test/helpers/plain-csv.ts";
import { IRAQ } from "../../test/helpers/paths.ts";
import { demoStore, type DemoStore } from "../../test/e2e/helpers/demo-store.ts";
import { createApp } from "../api/index.ts";
import { buildBriefing, renderHtml, renderMarkdown, svgFiles, type BriefingData } from "./index.ts";

let demo: DemoStore;
let iraq: BriefingData;
const plain = () => countByYear(readCsvObjects(IRAQ), (r) => sideHas(r, "IS"));
const deps = () => ({ store: demo.store, registry: bundledRegistry(), now: () => new Date("2026-01-01T00:00:00Z") });

beforeAll(async () => {
  demo = await demoStore();
  iraq = await buildBriefing({ actor: "Daesh", countries: ["IRQ"], period: parsePeriod("2014"), vs: parsePeriod("2013"), rule: CountingRule.parse({}), lang: "en" }, deps());
});
afterAll(async () => demo.close());

describe("buildBriefing", () => {
  it("counts what an independent reader of the CSV counts", () => {
    const [row] = iraq.comparison.rows;
    expect(row!.a.events).toBe(plain().get("2014"));
    expect(row!.b.events).toBe(plain().get("2013"));
  });

  it("gives the numbers the API's compare gives", async () => {
    const app = createApp({ store: demo.store, config: { db: demo.dir, actorFiles: [], debug: false }, log: () => {} });
    const api = (await (await app.request("/api/compare?actor=Daesh&country=IRQ&period=2014&vs=2013")).json()) as { rows: unknown };
    expect(JSON.parse(JSON.stringify(iraq.comparison.rows))).toEqual(api.rows);
    const brief = (await (await app.request("/api/brief?actor=Daesh&country=IRQ&period=2014&vs=2013&format=json")).json()) as BriefingData;
    expect(brief.headline).toBe(iraq.headline);
  });

  it("marks months outside the data's coverage as not covered, never as zeros", async () => {
    const late = await buildBriefing({ actor: "IS", countries: ["SYR", "IRQ"], period: parsePeriod("2024-H1"), vs: parsePeriod("2023"), rule: CountingRule.parse({}), lang: "en" }, deps());
    expect(late.series.points.filter((p) => p.bucket >= "2019-01").every((p) => !p.covered)).toBe(true);
    // No events for either period: the headline answers from the officials' figures, and says so.
    expect(late.headline).toMatch(/^Attacks rose [\d.]+× by officials' figures \(153 in 2024-H1 vs 121 in 2023, annualised\)/);
  });

  it("answers the seed's question from the ledger, with the caveat that the figures count different things", async () => {
    const seed = await buildBriefing({ actor: "IS", countries: ["SYR", "IRQ"], period: parsePeriod("2024-H1"), vs: parsePeriod("2023"), rule: CountingRule.parse({}), lang: "nl" }, deps());
    expect([seed.ledger?.a.value, seed.ledger?.b.value]).toEqual([153, 121]);
    const md = await renderMarkdown(seed);
    expect(md).toContain("## Wat functionarissen zeiden");
    expect(md).toMatch(/\| 2024-01\.\.2024-06 \| IRQ\+SYR \| 153 \| aanslagen die de groep zelf opeiste \|/);
    expect(md).toMatch(/De twee cijfers tellen verschillende dingen/);
  });

  it("puts the reported figures beside the datasets: the seed's 153 and 121 are in the demo ledger", async () => {
    const seed = await buildBriefing({ actor: "IS", countries: ["SYR", "IRQ"], period: parsePeriod("2024-H1"), vs: parsePeriod("2023"), rule: CountingRule.parse({}), lang: "en" }, deps());
    const values = [...seed.reconciliation.a.reported, ...seed.reconciliation.b.reported].map((r) => r.figure.value);
    expect(values).toEqual(expect.arrayContaining([153, 121]));
    const md = await renderMarkdown(seed);
    expect(md).toContain("## Other sources");
    expect(md).toMatch(/\| IRQ\+SYR \| 153 \| attacks the group itself claimed \|/);
    expect(md).not.toContain("## Where");
  });

  it("gives each reported figure its places, so CENTCOM's 196, 137 and 59 read as Iraq and Syria, Iraq, and Syria", async () => {
    const seed = await buildBriefing({ actor: "IS", countries: ["SYR", "IRQ"], period: parsePeriod("2024-H1"), vs: parsePeriod("2023"), rule: CountingRule.parse({}), lang: "nl" }, deps());
    const md = await renderMarkdown(seed);
    // The demo ledger (data/demo/reported/centcom_statements.csv): 196 for Iraq+Syria, 137 for Iraq, 59 for Syria.
    expect(md).toMatch(/\| 2024-01\.\.2024-06 \| IRQ\+SYR \| 196 \| operaties tegen de groep \|/);
    expect(md).toMatch(/\| 2024-01\.\.2024-06 \| IRQ \| 137 \| operaties tegen de groep \|/);
    expect(md).toMatch(/\| 2024-01\.\.2024-06 \| SYR \| 59 \| operaties tegen de groep \|/);
  });

  it("says where: Iraq's provinces with the largest rise first, in Markdown", async () => {
    expect(iraq.places[0]).toMatchObject({ admin1: "Al Anbār province", a: { events: 179 }, b: { events: 41 } });
    expect(await renderMarkdown(iraq)).toMatch(/## Where: provinces, largest rise first\n\n\| province \| 2014 events \| 2013 events \| rate ratio \|\n\|---\|---:\|---:\|---:\|\n\| Al Anbār province \(IRQ\) \| 179 \| 41 \| 4\.37× \|/);
  });

  it("draws detect's regimes on the chart when the months are covered", async () => {
    expect("regimes" in iraq.detection && iraq.detection.regimes.length).toBeGreaterThan(0);
  });
});

describe("renderMarkdown", () => {
  it("prints the headline, the table with the counts, the chart and map, caveats and the UCDP citation", async () => {
    const md = await renderMarkdown(iraq);
    const [y14, y13] = [plain().get("2014")!, plain().get("2013")!];
    expect(md).toContain(`**${iraq.headline.replace(/\*/g, "\\*")}**`);
    expect(md).toMatch(new RegExp(`\\| IRQ \\| ${y14.toLocaleString("en-GB")} \\|[^\\n]*\\| ${y13.toLocaleString("en-GB")} \\|`));
    expect(md).not.toContain("base64");
    expect(md.match(/^<svg /gm)).toHaveLength(2);
    expect(Math.max(...md.split("\n").map((l) => l.length))).toBeLessThan(400);
    expect(md).toContain(UCDP_CITATION.slice(0, 60));
    expect(md).toContain("## Caveats");
  });

  it("writes Dutch headings and the Dutch sentence when asked", async () => {
    const nl = await buildBriefing({ actor: "IS", countries: ["IRQ"], period: parsePeriod("2014"), vs: parsePeriod("2013"), rule: CountingRule.parse({}), lang: "nl" }, deps());
    const md = await renderMarkdown(nl);
    expect(md).toContain("## Kanttekeningen");
    expect(md).toContain(nl.headline.split(" ")[0]);
  });
});

describe("svgFiles", () => {
  it("puts the chart and map in files beside the Markdown and links them relatively", async () => {
    const { place, files } = svgFiles("iraq brief");
    const md = await renderMarkdown(iraq, place);
    expect(files.map((f) => f.name)).toEqual(["iraq brief-chart.svg", "iraq brief-map.svg"]);
    expect(files.every((f) => f.svg.startsWith("<svg "))).toBe(true);
    expect(md).toContain("![Events per month](<iraq brief-chart.svg>)");
    expect(md).toContain("![Where](<iraq brief-map.svg>)");
    expect(md).not.toContain("<svg");
  });
});

describe("renderHtml", () => {
  it("inlines the chart and the map as SVG and prints the same counts", async () => {
    const html = await renderHtml(iraq);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain(`<td>${plain().get("2014")!.toLocaleString("en-GB")}</td>`);
    expect(html).not.toMatch(/<script/i);
  });

  it("escapes what the user typed: an actor named like markup stays text", async () => {
    const evil = await buildBriefing({ actor: '<img src=x onerror="alert(1)">', countries: ["IRQ"], period: parsePeriod("2014"), vs: parsePeriod("2013"), rule: CountingRule.parse({}), lang: "en" }, deps());
    const html = await renderHtml(evil);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
    expect(await renderMarkdown(evil)).not.toContain("<img");
  });
});
