/**
 * The raw row of a line of the real Syria file, read back from the store, is that CSV line field by field: the
 * store keeps the source's own columns as read (store/duckdb/raw-rows.ts), not a re-encoding. The expected
 * fields come from the plain CSV reader of the tests, not from the code under test. A field left empty in the
 * file (`gwnob` here) is read as no value (null).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { ingestFile } from "../../src/ingest/index.ts";
import { EventFilter } from "../../src/store/filter.ts";
import type { CanonicalEvent } from "../../src/event.ts";
import { SYRIA } from "../helpers/paths.ts";
import { parseCsv, readText } from "../helpers/plain-csv.ts";
import { tempStore } from "../helpers/store.ts";

const [header, ...records] = parseCsv(readText(SYRIA));
let dir = "";
let events: CanonicalEvent[] = [];

beforeAll(async () => {
  const t = await tempStore();
  dir = t.dir;
  await ingestFile(t.store, { file: SYRIA });
  events = await t.store.events(EventFilter.parse({ countries: ["SYR"] }), { limit: 100_000, offset: 0 });
  await t.store.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = readText(SYRIA).split("\n");

/** The record that starts on physical line `line` of the file (some records span lines, so not the (line-1)th). */
function recordOnLine(line: number): string[] {
  const id = /^(\d+),/.exec(lines[line - 1] ?? "")?.[1];
  const record = records.find((r) => r[0] === id);
  expect(record, `line ${line} starts a record`).toBeDefined();
  return record!;
}

describe("raw rows read back from the store", () => {
  // Line 2: a doubled quote inside a quoted field, a comma in it, and a curly apostrophe; the other lines are
  // spread through the file.
  it.each([2, 4_000, 9_999, 16_607])("line %i of the Syria file equals its raw row, field by field", (line) => {
    const record = recordOnLine(line);
    const event = events.find((e) => e.source_event_id === record[0]);
    expect(event, `event ${record[0]} is in the store`).toBeDefined();
    const expected = Object.fromEntries(header!.map((name, i) => [name, record[i] === "" ? null : record[i]]));
    expect(event!.raw).toEqual(expected);
    expect(Object.keys(event!.raw)).toEqual(header);
  });
});
