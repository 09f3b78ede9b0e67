import { afterEach, describe, expect, it } from "vitest";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { countByYear, parseCsv, readCsvObjects, readText, sideHas } from "../../test/helpers/plain-csv.ts";
import { FIXTURES, IRAQ, MIRROR, SAMPLE231, SYRIA } from "../../test/helpers/paths.ts";
import { filter, tempStore } from "../../test/helpers/store.ts";
import type { DuckDBStore } from "../store/index.ts";
import { ingestFile } from "./index.ts";

let open: DuckDBStore[] = [];
afterEach(async () => {
  for (const s of open) await s.close();
  open = [];
});
async function fresh(now?: () => Date) {
  const t = await tempStore(now);
  open.push(t.store);
  return t;
}
const byYear = (rows: Array<{ bucket?: string; events: number }>) => new Map(rows.map((r) => [r.bucket, r.events]));

describe("ingest of UCDP GED files", () => {
  it("counts IS events in Syria per year exactly as an independent reader does", async () => {
    const { store } = await fresh();
    const s = await ingestFile(store, { file: SYRIA });
    expect(s).toMatchObject({ read: 16566, loaded: 16566, duplicates: 0, quarantined: 0, layout: "ged191-41" });
    const expected = countByYear(readCsvObjects(SYRIA), (r) => sideHas(r, "IS"));
    // The figures the data README publishes, counted outside this project.
    expect([...expected.entries()].sort()).toEqual([["2016", 2153], ["2017", 2853], ["2018", 1025], ["2019", 441]]);
    const got = await store.count({ filter: filter({ actorIds: ["is"], countries: ["SYR"] }), by: "year" });
    expect(byYear(got)).toEqual(expected);
  });

  it("reads the HDX Iraq file, skipping its HXL tag row, with the independent per-year counts", async () => {
    const { store } = await fresh();
    const s = await ingestFile(store, { file: IRAQ });
    expect(s).toMatchObject({ read: 7473, loaded: 7473, quarantined: 0, layout: "ged-hdx-45" });
    const rows = readCsvObjects(IRAQ).filter((r) => r.id !== "");
    const expected = countByYear(rows, (r) => sideHas(r, "IS"));
    for (const [y, n] of [["2012", 255], ["2013", 495], ["2014", 796], ["2015", 674], ["2016", 702], ["2017", 564], ["2018", 176]] as const) {
      expect(expected.get(y)).toBe(n);
    }
    const got = await store.count({ filter: filter({ actorIds: ["is"], countries: ["IRQ"] }), by: "year" });
    expect(byYear(got)).toEqual(expected);
  });

  it("reads GED 23.1's 49-column layout and the JSON mirror", async () => {
    const { store } = await fresh();
    expect(await ingestFile(store, { file: SAMPLE231 })).toMatchObject({ read: 1000, loaded: 1000, layout: "ged-49" });
    expect(await ingestFile(store, { file: MIRROR })).toMatchObject({ read: 2000, loaded: 2000, layout: "ged-mirror-json" });
    const mirror = JSON.parse(readText(MIRROR)) as { events: Array<{ country: string; side_a: string; side_b: string }> };
    const syria = mirror.events.filter((e) => e.country === "Syria").length;
    const isEvents = mirror.events.filter((e) => e.side_a === "IS" || e.side_b === "IS").length;
    expect(syria).toBeGreaterThan(0);
    const got = await store.count({ filter: filter({ countries: ["SYR"], datasets: ["ucdp-ged"] }), byCountry: true });
    const sampleSyria = readCsvObjects(SAMPLE231).filter((r) => r.country === "Syria").length;
    expect(got[0]?.events).toBe(syria + sampleSyria);
    const is = await store.count({ filter: filter({ actorIds: ["is"], start: "2025-01-01" }) });
    expect(is[0]?.events).toBe(isEvents);
  });

  it("adds nothing when the same file is ingested again", async () => {
    const { store } = await fresh();
    await ingestFile(store, { file: IRAQ });
    const again = await ingestFile(store, { file: IRAQ });
    expect(again).toMatchObject({ read: 7473, loaded: 0, duplicates: 7473, quarantined: 0 });
    expect((await store.count({ filter: filter({}) }))[0]?.events).toBe(7473);
  });

  it("keeps the first copy of an id repeated in one file, whichever copy comes first", async () => {
    const [header, a, b] = parseCsv(readText(SYRIA));
    const best = header!.indexOf("best");
    const changed = [...a!];
    changed[best] = String(Number(a![best]) + 1000);
    const csv = (rows: string[][]) => rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(",")).join("\n") + "\n";
    const orders: Array<[string[], string[]]> = [[a!, changed], [changed, a!]];
    for (const [first, later] of orders) {
      const { store, dir } = await fresh();
      const file = join(dir, "repeated.csv");
      writeFileSync(file, csv([header!, first, b!, later]));
      expect(await ingestFile(store, { file })).toMatchObject({ read: 3, loaded: 2, duplicates: 1, quarantined: 0 });
      const events = await store.events(filter({}), { limit: 10, offset: 0 });
      const kept = events.find((e) => e.source_event_id === first[header!.indexOf("id")]);
      expect(kept?.deaths_best).toBe(Number(first[best]));
    }
  });

  it("quarantines bad rows with their physical line and reason, and accounts for every row", async () => {
    const { store } = await fresh();
    const file = join(FIXTURES, "ucdp", "bad-rows-ged191.csv");
    const s = await ingestFile(store, { file });
    // Nine records on ten lines: one record spans lines 3-4.
    expect(s.read).toBe(9);
    expect(s.read).toBe(s.loaded + s.duplicates + s.quarantined);
    expect(s).toMatchObject({ loaded: 3, duplicates: 1, quarantined: 5 });
    const rejects = await store.rejects(s.batchId);
    expect(rejects.map((r) => r.line)).toEqual([5, 6, 7, 8, 10]);
    expect(rejects.map((r) => r.reason)).toEqual([
      expect.stringMatching(/date_start "2016-02-30" is not a calendar date/),
      expect.stringMatching(/latitude "134.5" is not a latitude/),
      expect.stringMatching(/missing columns/),
      expect.stringMatching(/date_start "0025-01-01" has an impossible year/),
      expect.stringMatching(/date_end "2015-12-01" is before date_start/),
    ]);
    expect(s.rejectsFile).toBeDefined();
    const csv = readFileSync(s.rejectsFile!, "utf8");
    expect(csv.split("\n")[0]).toBe("file,line,reason,raw");
    expect(csv).toContain(",5,");
  });

  it("leaves the store exactly as it was when an ingest fails after inserting", async () => {
    let calls = 0;
    const { store } = await fresh(() => {
      calls++;
      // The store reads its clock once while writing: when it records the batch, after the events went in.
      if (calls === 1) throw new Error("clock failure injected by the test");
      return new Date("2026-01-01T00:00:00Z");
    });
    await expect(ingestFile(store, { file: IRAQ })).rejects.toThrow(/clock failure/);
    expect((await store.count({ filter: filter({}) }))[0]?.events).toBe(0);
    expect(await store.batches()).toEqual([]);
    expect(calls).toBe(1);
  });

  it("keeps an event whose date_prec is empty, dating it by the span of its dates", async () => {
    const { store, dir } = await fresh();
    const [header, row] = parseCsv(readFileSync(join(FIXTURES, "ucdp", "bad-rows-ged191.csv"), "utf8"));
    row![header!.indexOf("date_prec")] = "";
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const file = join(dir, "no-prec.csv");
    (await import("node:fs")).writeFileSync(file, [header!, row!].map((r) => r.map(quote).join(",")).join("\n") + "\n");
    expect(await ingestFile(store, { file })).toMatchObject({ read: 1, loaded: 1, quarantined: 0 });
    const [e] = await store.events(filter({}), { limit: 1, offset: 0 });
    expect(e?.date_precision).toBe("day");
  });

  it("refuses a file of unknown layout, naming the missing columns", async () => {
    const { store, dir } = await fresh();
    const file = join(dir, "cut.csv");
    const { writeFileSync } = await import("node:fs");
    const header = readFileSync(join(FIXTURES, "ucdp", "bad-rows-ged191.csv"), "utf8").split("\n")[0]!;
    writeFileSync(file, header.replace(",side_b,", ",") + "\n1\n");
    await expect(ingestFile(store, { file })).rejects.toThrow(/columns are missing: side_b/);
  });
});

describe("how a plain CSV file's records are kept (raw)", () => {
  it("keeps the file as delivered by default and in Parquet when asked, with the same events, raw rows and rejects", async () => {
    const file = join(FIXTURES, "ucdp", "bad-rows-ged191.csv");
    const kept = [];
    for (const raw of [undefined, "parquet"] as const) {
      const { store, dir } = await fresh();
      const s = await ingestFile(store, { file, ...(raw ? { raw } : {}) });
      kept.push({
        summary: { read: s.read, loaded: s.loaded, quarantined: s.quarantined },
        events: await store.events(filter({}), { limit: 100, offset: 0 }),
        rejects: (await store.rejects()).map(({ batch_id: _b, ...r }) => r),
        files: readdirSync(join(dir, "test.duckdb.raw")).map((f) => f.replace(/^.*?\./, ".")).sort(),
      });
    }
    const [delivered, parquet] = kept;
    expect(delivered!.files).toEqual([".csv", ".csv.idx"]);
    expect(parquet!.files).toEqual([".parquet"]);
    // The fixture's README: 9 records, 3 good, 1 duplicate of line 2's id, 5 damaged (one with too few columns).
    expect(delivered!.summary).toEqual({ read: 9, loaded: 3, quarantined: 5 });
    const strip = (es: Array<{ batch_id: string }>) => es.map(({ batch_id: _b, ...e }) => e);
    expect(strip(delivered!.events)).toEqual(strip(parquet!.events));
    expect(delivered!.events.every((e) => e.raw.id === e.source_event_id)).toBe(true);
    expect(delivered!.rejects).toHaveLength(5);
    expect(delivered!.rejects).toEqual(parquet!.rejects);
  });
});
