/**
 * The briefing as an editor gets it, as a PDF from the `brief` command: issue #14's test. The seed's question
 * (IS in Syria and Iraq, 2024-H1 against 2023) in Dutch is one or two A4 pages; pdftotext finds every column
 * header and every value of every table (so no column is clipped) and no sentence of the English catalogue.
 * The same for a briefing on counted events (Iraq 2014 against 2013), and in English.
 *
 * It needs Chromium and pdftotext: without them it skips locally and says why; under CI it fails.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { englishIn } from "../../src/messages/testing/sentences.ts";
import { findChromium } from "../../src/report/index.ts";
import { onPath, skipUnlessCi } from "../helpers/required.ts";

const run = promisify(execFile);
const chromium = await findChromium().catch(() => undefined);
const pdftotext = onPath("pdftotext");
const missing = !chromium ? skipUnlessCi("no Chromium found", "apt-get install chromium, or set RESURGENCE_CHROMIUM") : !pdftotext ? skipUnlessCi("no pdftotext on PATH", "apt-get install poppler-utils") : undefined;
if (missing) console.warn(`brief-pdf: skipped — ${missing}`);

const dir = mkdtempSync(join(tmpdir(), "brief-pdf-"));
const db = join(dir, "demo.duckdb");

async function cli(...args: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "resurgence", "--db", db, ...args], { env: {}, io: { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => new Date("2026-11-29T12:00:00Z"), stdin: async () => "" } });
  expect(code, err.join("\n")).toBe(0);
  return out.join("\n");
}

interface Rendered {
  pages: number;
  /** pdftotext -layout: table rows stay on their lines. */
  layout: string;
  /** pdftotext in reading order: wrapped sentences stay together. */
  raw: string;
  /** Each table of the same briefing's HTML: its class and its rows of header and data cells. */
  tables: Array<{ cls: string; rows: string[][] }>;
}

const unescape = (s: string) => s.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&").trim();

function tables(html: string): Rendered["tables"] {
  return [...html.matchAll(/<table(?: class="([^"]*)")?>([\s\S]*?)<\/table>/g)].map(([, cls, body]) => ({
    cls: cls ?? "",
    rows: [...body!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, tr]) => [...tr!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, c]) => unescape(c!))),
  }));
}

async function brief(name: string, args: string[]): Promise<Rendered> {
  const pdf = join(dir, `${name}.pdf`);
  await cli("brief", ...args, "--format", "pdf", "--out", pdf);
  const html = await cli("brief", ...args, "--format", "html");
  const text = async (...flags: string[]) => (await run(pdftotext!, [...flags, pdf, "-"])).stdout;
  const [layout, raw] = await Promise.all([text("-layout"), text()]);
  // pdftotext ends every page with a form feed.
  return { pages: (raw.match(/\f/g) ?? []).length, layout, raw, tables: tables(html) };
}

/** Cells whose words pdftotext does not find: a clipped column loses them. */
function lostCells(r: Rendered): string[] {
  const words = new Set(r.layout.split(/\s+/));
  return r.tables.flatMap((t) => t.rows.flat()).filter((cell) => cell !== "" && !cell.split(/\s+/).every((w) => words.has(w) || r.layout.includes(w)));
}

/** Rows of the comparison table that pdftotext does not show whole on one line, every cell in order. */
function brokenRows(r: Rendered): string[][] {
  const cmp = r.tables.find((t) => t.cls === "cmp");
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const lines = r.layout.split("\n");
  // The body rows (the two header rows are checked word by word above).
  return (cmp?.rows.slice(2) ?? []).filter((row) => !lines.some((l) => new RegExp(row.map(esc).join("\\s+")).test(l)));
}

const SEED = ["--actor", "IS", "--country", "SYR,IRQ", "--period", "2024-H1", "--vs", "2023"];
const IRAQ = ["--actor", "IS", "--country", "IRQ,SYR", "--period", "2014", "--vs", "2013"];
// The fullest briefing of the demo data: chart with regimes, map, provinces, two countries with data in both years.
const FULL = ["--actor", "IS", "--country", "SYR,IRQ", "--period", "2017", "--vs", "2016"];
// Range periods: the longest labels the comparison table's header and the provinces table carry.
const RANGE = ["--actor", "IS", "--country", "SYR,IRQ", "--period", "2017-01-15..2017-06-30", "--vs", "2016-07-01..2016-12-31"];

describe.skipIf(missing !== undefined)("the briefing as a PDF", { timeout: 120_000 }, () => {
  const got: Record<string, Rendered> = {};

  beforeAll(async () => {
    await cli("demo", "--no-serve");
    // One at a time: each render launches a Chromium, and the machine is shared.
    got.seedNl = await brief("seed-nl", [...SEED, "--lang", "nl"]);
    got.seedEn = await brief("seed-en", [...SEED, "--lang", "en"]);
    got.iraqNl = await brief("iraq-nl", [...IRAQ, "--lang", "nl"]);
    got.iraqEn = await brief("iraq-en", [...IRAQ, "--lang", "en"]);
    got.fullNl = await brief("full-nl", [...FULL, "--lang", "nl"]);
    got.rangeNl = await brief("range-nl", [...RANGE, "--lang", "nl"]);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers the seed's question in Dutch on one or two A4 pages", () => {
    expect(got.seedNl!.pages).toBeGreaterThanOrEqual(1);
    expect(got.seedNl!.pages).toBeLessThanOrEqual(2);
  });

  it("shows every column header and value of its tables, the Dutch p column and the range periods included", () => {
    const r = got.seedNl!;
    expect(r.tables.map((t) => t.cls)).toEqual(["cmp", "ledger", "rec"]);
    expect(r.tables[0]!.rows[1]).toEqual(["Land", "gebeurtenissen", "doden", "gedekte dagen", "per jaar", "gebeurtenissen", "doden", "gedekte dagen", "per jaar", "verhouding", "95%-BI", "p"]);
    expect(lostCells(r)).toEqual([]);
    expect(brokenRows(r)).toEqual([]);
    // data/demo/README.md and the demo ledger: CENTCOM's 153 (2024-01..2024-06, Iraq+Syria), the official's 121
    // (2023), and CENTCOM's 196, 137 and 59 operations for Iraq+Syria, Iraq and Syria, each beside its places.
    expect(r.layout).toMatch(/2024-01\.\.2024-06\s+IRQ\+SYR\s+153\s+aanslagen die de groep zelf/);
    expect(r.layout).toMatch(/2023-01\.\.2023-12\s+IRQ\+SYR\s+121\s+aanslagen \(zoals de bron ze/);
    expect(r.layout).toMatch(/2024-01\.\.2024-06\s+IRQ\+SYR\s+196\s+operaties tegen de groep/);
    expect(r.layout).toMatch(/2024-01\.\.2024-06\s+IRQ\s+137\s+operaties tegen de groep/);
    expect(r.layout).toMatch(/2024-01\.\.2024-06\s+SYR\s+59\s+operaties tegen de groep/);
  });

  it("holds no sentence of the English catalogue, and its headline is the editor's", () => {
    const r = got.seedNl!;
    expect(englishIn(r.raw)).toEqual([]);
    expect(englishIn(r.layout)).toEqual([]);
    expect(r.raw.replace(/\s+/g, " ")).toContain("Aanslagen stegen 2,54× volgens cijfers van functionarissen (153 in 2024-H1 tegen 121 in 2023, op jaarbasis)");
  });

  it("fits a briefing on counted events too, in Dutch and in English, range periods included, with each language's number formats", () => {
    for (const r of [got.iraqNl!, got.iraqEn!, got.seedEn!, got.fullNl!, got.rangeNl!]) {
      expect(r.pages).toBeLessThanOrEqual(2);
      expect(lostCells(r)).toEqual([]);
      expect(brokenRows(r)).toEqual([]);
    }
    // 15,092 deaths in IS events in Iraq in 2014 (the bundled HDX file's `best` column summed over rows with IS on either side, outside this code).
    expect(got.iraqNl!.layout).toContain("15.092");
    expect(got.iraqEn!.layout).toContain("15,092");
    expect(englishIn(got.iraqNl!.raw)).toEqual([]);
    expect(englishIn(got.fullNl!.raw)).toEqual([]);
  });
});
