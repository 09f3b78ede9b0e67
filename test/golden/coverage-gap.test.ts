/**
 * A store built from two files with a gap between them: the real Iraq HDX file's rows of 2010 and of 2014
 * only, written as two CSVs with the file's header (and its HXL tag row). The years between are not covered:
 * a period inside the gap has no data, and one across its edge counts only the covered days. Counts and spans
 * come from the plain CSV reader, not from the code under test.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.ts";
import { IRAQ } from "../helpers/paths.ts";
import { parseCsv, readText, sideHas } from "../helpers/plain-csv.ts";

const dir = mkdtempSync(join(tmpdir(), "coverage-gap-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const [header, tags, ...records] = parseCsv(readText(IRAQ));
const col = (name: string) => header!.indexOf(name);
const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;
const rowsOf = (year: string) => records.filter((r) => r[col("year")] === year);

/** One year's rows of the real file as a CSV of its own. */
function writeYear(year: string): string {
  const file = join(dir, `iraq-${year}.csv`);
  writeFileSync(file, [header!, tags!, ...rowsOf(year)].map((r) => r.map(quote).join(",")).join("\n") + "\n");
  return file;
}
const FILES = { 2010: writeYear("2010"), 2014: writeYear("2014") };

/** Days from a to b, both counted. */
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000 + 1;
const dates = (year: string) => rowsOf(year).map((r) => r[col("date_start")]!.slice(0, 10)).sort();
/** Events of the two files (not of the whole Iraq file) with IS on either side, started from..to. */
const isEvents = (from: string, to: string) =>
  [...rowsOf("2010"), ...rowsOf("2014")].filter((r) => {
    const d = r[col("date_start")]!.slice(0, 10);
    return d >= from && d <= to && sideHas(Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ""])), "IS");
  }).length;

async function exec(db: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "resurgence", "--db", db, ...args], {
    env: {},
    io: { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => new Date("2026-11-29T12:00:00Z"), stdin: async () => "" },
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function run(db: string, ...args: string[]): Promise<string> {
  const r = await exec(db, ...args);
  expect(r.code, `${r.out}\n${r.err}`).toBe(0);
  return r.out;
}

interface Side {
  events: number;
  coverage: { days: number; coveredDays: number; note?: string };
}
async function compare(db: string, period: string, vs: string): Promise<{ a: Side; b: Side; comparison?: { a: { days: number } } | null }> {
  const out = JSON.parse(await run(db, "compare", "--actor", "IS", "--country", "IRQ", "--period", period, "--vs", vs, "--json")) as { rows: Array<{ a: Side; b: Side; comparison?: { a: { days: number } } | null }> };
  return out.rows[0]!;
}

describe("a two-file store with a gap (Iraq 2010 and 2014 only)", () => {
  const inferred = join(dir, "inferred.duckdb");
  const declared = join(dir, "declared.duckdb");

  it("says no data for 2012, inside the gap, instead of comparing 0 with 2010", async () => {
    await run(inferred, "ingest", FILES[2010], FILES[2014]);
    const r = await compare(inferred, "2012", "2010");
    expect(r.a.events).toBe(0);
    expect(r.a.coverage.coveredDays).toBe(0);
    expect(r.a.coverage.note).toMatch(/^no data for 2012: ucdp-ged in the store runs \d{4}-\d\d-\d\d\.\.2010-\d\d-\d\d and 2014-/);
    expect(r.comparison ?? null).toBeNull();
    const [first, last] = [dates("2010")[0]!, dates("2010").at(-1)!];
    expect(r.b.events).toBe(isEvents("2010-01-01", "2010-12-31"));
    expect(r.b.coverage.coveredDays).toBe(days(first, last));
  });

  it("counts only the covered days of a period across the gap's edge (inferred spans)", async () => {
    const r = await compare(inferred, "2013-07..2014-06", "2010");
    const first2014 = dates("2014")[0]!;
    expect(r.a.events).toBe(isEvents("2013-07-01", "2014-06-30"));
    expect(r.a.coverage.coveredDays).toBe(days(first2014, "2014-06-30"));
    expect(r.comparison?.a.days).toBe(days(first2014, "2014-06-30"));
  });

  it("uses the spans the user declares with --covers, and status marks each span declared or inferred", async () => {
    await run(declared, "ingest", "--covers", "2010", FILES[2010]);
    await run(declared, "ingest", FILES[2014]);
    expect((await compare(declared, "2010", "2012")).a.coverage.coveredDays).toBe(365);
    const across = await compare(declared, "2010-07..2011-06", "2012");
    expect(across.a.coverage.coveredDays).toBe(days("2010-07-01", "2010-12-31"));
    expect(across.b.coverage.coveredDays).toBe(0);
    const status = await run(declared, "status");
    const [d10, d14] = [dates("2014")[0]!, dates("2014").at(-1)!];
    expect(status).toContain(`2010-01-01..2010-12-31 declared, ${d10}..${d14} inferred`);
  });

  it("refuses --covers days that leave out some of the file's events, and stores nothing of the file", async () => {
    const db = join(dir, "refused.duckdb");
    const r = await exec(db, "ingest", "--covers", "2010-02..2010-12", FILES[2010]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`the file has events from ${dates("2010")[0]} to ${dates("2010").at(-1)}, outside --covers 2010-02-01..2010-12-31`);
    expect(await run(db, "status")).toContain(", 0 events");
  });
});
