/**
 * The raw row of a line of the real Syria file, read back from the store, is that CSV line field by field: the
 * store keeps the source's own columns as read (store/duckdb/raw-rows.ts), not a re-encoding. Both ways a store
 * keeps them are checked: the file as delivered with its record index (the file unpacked, as a user who unzipped
 * it has it) and the Parquet raw file (the .gz file as bundled). The expected
 * fields come from the plain CSV reader of the tests, not from the code under test. A field left empty in the
 * file (`gwnob` here) is read as no value (null).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestFile } from "../../src/ingest/index.ts";
import { EventFilter } from "../../src/store/filter.ts";
import type { CanonicalEvent } from "../../src/event.ts";
import { SYRIA } from "../helpers/paths.ts";
import { parseCsv, readText, unpackedCopy } from "../helpers/plain-csv.ts";
import { tempStore } from "../helpers/store.ts";

const [header, ...records] = parseCsv(readText(SYRIA));
const dirs: string[] = [];
const kept: Record<string, { events: CanonicalEvent[]; rawFiles: string[] }> = {};

beforeAll(async () => {
  const plain = mkdtempSync(join(tmpdir(), "resurgence-plain-"));
  dirs.push(plain);
  for (const [way, file] of [["as delivered", unpackedCopy(SYRIA, plain)], ["as Parquet", SYRIA]] as const) {
    const t = await tempStore();
    dirs.push(t.dir);
    await ingestFile(t.store, { file });
    const events = await t.store.events(EventFilter.parse({ countries: ["SYR"] }), { limit: 100_000, offset: 0 });
    await t.store.close();
    kept[way] = { events, rawFiles: readdirSync(join(t.dir, "test.duckdb.raw")) };
  }
}, 60_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const lines = readText(SYRIA).split("\n");

/** The record that starts on physical line `line` of the file (some records span lines, so not the (line-1)th). */
function recordOnLine(line: number): string[] {
  const id = /^(\d+),/.exec(lines[line - 1] ?? "")?.[1];
  const record = records.find((r) => r[0] === id);
  expect(record, `line ${line} starts a record`).toBeDefined();
  return record!;
}

describe.each(["as delivered", "as Parquet"])("raw rows read back from the store, kept %s", (way) => {
  it("are kept the way named", () => {
    expect(kept[way]?.rawFiles.map((f) => f.replace(/^.*?(\.csv\.idx|\.csv|\.parquet)$/, "$1")).sort()).toEqual(way === "as delivered" ? [".csv", ".csv.idx"] : [".parquet"]);
  });

  // Line 2: a doubled quote inside a quoted field, a comma in it, and a curly apostrophe; the other lines are
  // spread through the file.
  it.each([2, 4_000, 9_999, 16_607])("line %i of the Syria file equals its raw row, field by field", (line) => {
    const record = recordOnLine(line);
    const event = kept[way]?.events.find((e) => e.source_event_id === record[0]);
    expect(event, `event ${record[0]} is in the store`).toBeDefined();
    const expected = Object.fromEntries(header!.map((name, i) => [name, record[i] === "" ? null : record[i]]));
    expect(event!.raw).toEqual(expected);
    expect(Object.keys(event!.raw)).toEqual(header);
  });
});
