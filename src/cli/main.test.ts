import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countByYear, readCsvObjects, sideHas } from "../../test/helpers/plain-csv.ts";
import { IRAQ, SYRIA } from "../../test/helpers/paths.ts";
import { main } from "./main.ts";
import { formatCompact } from "./summary.ts";
import { cliWords } from "./words.ts";

const dir = mkdtempSync(join(tmpdir(), "cli-"));
const db = join(dir, "cli.duckdb");

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "resurgence", ...args], {
    env: {},
    io: { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => new Date("2026-11-29T12:00:00Z") },
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  const r = await run("--db", db, "ingest", SYRIA, IRAQ);
  expect(r.code).toBe(0);
}, 120_000);

describe("resurgence compare", () => {
  let json: { rows: Array<{ country: string; a: { events: number }; b: { events: number }; comparison: { rateRatio: number } | null }> };
  afterAll(() => undefined);

  it("reproduces the independent counts per country and in total", async () => {
    const r = await run("--db", db, "compare", "--actor", "IS", "--country", "SYR,IRQ", "--period", "2017", "--vs", "2018", "--json");
    expect(r.code).toBe(0);
    json = JSON.parse(r.out);
    const syr = countByYear(readCsvObjects(SYRIA), (x) => sideHas(x, "IS"));
    const irq = countByYear(readCsvObjects(IRAQ).filter((x) => x.id !== ""), (x) => sideHas(x, "IS"));
    const byCountry = new Map(json.rows.map((x) => [x.country, x]));
    expect(byCountry.get("SYR")?.a.events).toBe(syr.get("2017"));
    expect(byCountry.get("SYR")?.b.events).toBe(syr.get("2018"));
    expect(byCountry.get("IRQ")?.a.events).toBe(irq.get("2017"));
    expect(byCountry.get("ALL")?.a.events).toBe(syr.get("2017")! + irq.get("2017")!);
  });

  it("prints the counting rule and the citation under the table", async () => {
    const r = await run("--db", db, "compare", "--actor", "Daesh", "--country", "SYR", "--period", "2017", "--vs", "2018");
    expect(r.out).toMatch(/Counting rule: UCDP GED events .* where Islamic State on either side/);
    expect(r.out).toMatch(/Sundberg, Ralph and Erik Melander \(2013\)/);
    expect(r.out).toMatch(/2,853/);
  });

  it("says there is no data instead of comparing periods the store does not cover", async () => {
    const r = await run("--db", db, "compare", "--actor", "IS", "--country", "SYR,IRQ", "--period", "2024-H1", "--vs", "2023");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/No comparison possible/);
    expect(r.out).toMatch(/no data for 2024-H1: ucdp-ged in the store runs 2016-01-01\.\.2019-11-30/);
  });

  it("reproduces the seed's comparison from the numbers alone", async () => {
    const r = await run("compare", "--counts", "153@2024-H1", "121@2023", "--json");
    const c = JSON.parse(r.out).comparison;
    expect(c.a.days).toBe(182);
    expect(c.b.days).toBe(365);
    expect(c.rateRatio).toBeCloseTo((153 / 182) / (121 / 365), 10);
    expect(c.pValue).toBeLessThan(1e-12);
  });

  it("prints a yearly series with --by", async () => {
    const r = await run("--db", db, "compare", "--actor", "IS", "--country", "IRQ", "--period", "2013", "--vs", "2014", "--by", "year");
    expect(r.out).toMatch(/2013\s+495/);
    expect(r.out).toMatch(/2014\s+796/);
  });
});

describe("CLI errors", () => {
  it("gives one line and exit 2 for a bad period", async () => {
    const r = await run("compare", "--counts", "153@2024-H3", "121@2023");
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^error: .*2024-H3.*H1 or H2/);
  });
  it("says a bad period or country in Dutch, from its first word, when the command is given --lang nl, and in English otherwise", async () => {
    const nl = await run("--db", db, "compare", "--actor", "IS", "--period", "2024-H3", "--vs", "2023", "--lang", "nl");
    expect(nl.code).toBe(2);
    expect(nl.err).toMatch(/^fout: optie --period "2024-H3": Ongeldige periode "2024-H3": een halfjaar is H1 of H2, niet H3 \(Toegestane vormen: JJJJ/);
    const country = await run("--db", db, "compare", "--actor", "IS", "--country", "Atlantis", "--period", "2024-H1", "--vs", "2023", "--lang=nl");
    expect(country.err).toBe('fout: optie --country "Atlantis": onbekend land "Atlantis" (gebruik een ISO 3166-1 alpha-3-code zoals SYR of IRQ, of een landnaam)');
    const en = await run("--db", db, "compare", "--actor", "IS", "--period", "2024-H3", "--vs", "2023");
    expect(en.err).toMatch(/^error: --period "2024-H3": Bad period "2024-H3": half-year must be H1 or H2, not H3 \(Accepted forms: YYYY/);
  });
  it("names the file for a missing input and exits 3", async () => {
    const r = await run("--db", db, "ingest", join(dir, "nope.csv"));
    expect(r.code).toBe(3);
    expect(r.err).toBe(`error: ${join(dir, "nope.csv")}: cannot open the file (check the path)`);
  });
  it("prints a stack trace only with --debug", async () => {
    const r = await run("--debug", "--db", db, "ingest", join(dir, "nope.csv"));
    expect(r.err.split("\n").length).toBeGreaterThan(1);
    expect(r.err).toMatch(/at /);
  });
  it("refuses an unknown --role with the allowed values", async () => {
    const r = await run("--db", db, "compare", "--actor", "IS", "--period", "2017", "--vs", "2018", "--role", "victim");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--role "victim": expected one of any_side, perpetrator, side_a, side_b/);
  });
  it("says which actor was not found", async () => {
    const r = await run("actors", "resolve", "Nobody Brigade");
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/no actor in the registry is called "Nobody Brigade"/);
  });
});

describe("bad configuration", () => {
  async function withEnv(env: Record<string, string>, ...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(["node", "resurgence", ...args], { env, io: { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => new Date("2026-11-29T12:00:00Z") } });
    return { code, out: out.join("\n"), err };
  }

  it("is not read by a command that does not use it: compare --counts answers with a short token", async () => {
    const r = await withEnv({ RESURGENCE_API_TOKEN: "short" }, "compare", "--counts", "153@2024-H1", "121@2023");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2\.54×/);
  });

  it("stops serve with one line and exit 2 before anything is opened", async () => {
    const r = await withEnv({ RESURGENCE_API_TOKEN: "short" }, "--db", join(dir, "never.duckdb"), "serve", "--no-web", "--port", "0");
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^error: RESURGENCE_API_TOKEN is 5 characters; it must be at least 16/);
    expect(existsSync(join(dir, "never.duckdb"))).toBe(false);
  });
});

describe("resurgence compact", () => {
  it("says there is nothing to compact when every batch's rows are already in Parquet (the .gz files)", async () => {
    const r = await run("--db", db, "compact");
    expect(r).toMatchObject({ code: 0, out: "nothing to compact: no batch keeps its file as delivered" });
    const j = await run("--db", db, "compact", "--json");
    expect(JSON.parse(j.out)).toEqual({ batches: 0, bytesBefore: 0, bytesAfter: 0 });
  });

  it("reports what it rewrote in megabytes, in English and in Dutch", async () => {
    const report = { batches: 2, bytesBefore: 11_421_291, bytesAfter: 1_250_000 };
    expect(formatCompact(report, cliWords("en"))).toBe("compacted 2 batches: raw rows 11.4 MB -> 1.3 MB (Parquet)");
    expect(formatCompact(report, cliWords("nl"))).toBe("2 partijen gecomprimeerd: ruwe rijen 11,4 MB -> 1,3 MB (Parquet)");
    expect(await run("--db", db, "compact", "--lang", "nl")).toMatchObject({ code: 0, out: "niets te comprimeren: geen partij bewaart haar bestand zoals geleverd" });
    expect(await run("--db", db, "compact", "--lang", "fr")).toMatchObject({ code: 2, err: 'error: --lang "fr": expected en or nl' });
  });
});
