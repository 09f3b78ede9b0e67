/**
 * Fixed: bugs in reading files, one test each on the smallest file that showed it. The corpus tests
 * (bad-input-*.test.ts) cover the same in every format.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/errors.ts";
import { EventFilter } from "../../src/store/index.ts";
import { SYRIA } from "../helpers/paths.ts";
import { readText } from "../helpers/plain-csv.ts";
import { goodEvents, goodRows, writeEvents, writeRows } from "./corpus/formats.ts";
import { seededStore, snapshot } from "./store-state.ts";
import { ingestFile } from "../../src/ingest/index.ts";

const dir = mkdtempSync(join(tmpdir(), "regressions-"));
const store = seededStore();

describe("fixed: a JSON field's type was guessed for the whole file", () => {
  it("reads each record's fields as written, whatever the other records hold", async () => {
    const e = goodEvents(61, 3);
    e[1]!.best = "many";
    e[2]!.side_a = { name: "IS" };
    const file = join(dir, "mixed.json");
    writeFileSync(file, writeEvents(e));
    const s = await ingestFile(store(), { file });
    expect(s).toMatchObject({ read: 3, loaded: 1, quarantined: 2 });
    const [loaded] = (await store().events(EventFilter.parse({}), { limit: 1_000_000, offset: 0 })).filter((x) => x.batch_id === s.batchId);
    // Before, one string among numbers made every side and country a quoted JSON text that resolved to nothing.
    expect(loaded).toMatchObject({ side_a: e[0]!.side_a, deaths_best: e[0]!.best });
    expect(loaded?.country_iso3).toMatch(/^[A-Z]{3}$/);
  });
});

describe("fixed: empty lines put quarantined rows on the wrong line", () => {
  it("names the physical line of a bad record after empty lines", async () => {
    const r = goodRows("ged-csv", 62, 2);
    r[1]!.latitude = "91";
    const [header, a, b] = writeRows("ged-csv", r).split("\n");
    const file = join(dir, "blank.csv");
    writeFileSync(file, [header, "", a, "", "", b, ""].join("\n"));
    const s = await ingestFile(store(), { file });
    expect((await store().rejects(s.batchId)).map((x) => x.line)).toEqual([6]);
  });
});

describe("fixed: a gzip file cut short loaded its first part as the whole file", () => {
  it("refuses a truncated .gz whose head is whole, and leaves the store as it was", async () => {
    const gz = readFileSync(SYRIA);
    const file = join(dir, "cut.csv.gz");
    writeFileSync(file, gz.subarray(0, Math.floor(gz.length * 0.9)));
    const before = await snapshot(store());
    await expect(ingestFile(store(), { file })).rejects.toThrow(/is a damaged gzip file \(unexpected end of file\): it was probably cut short/);
    expect(await snapshot(store())).toEqual(before);
  });

  it("reads a gzip file by its bytes when its name lacks .gz", async () => {
    const file = join(dir, "packed.csv");
    writeFileSync(file, gzipSync(readText(SYRIA).split("\n").slice(0, 4).join("\n") + "\n"));
    expect(await ingestFile(store(), { file })).toMatchObject({ read: 3, quarantined: 0 });
  });
});

describe("fixed: errors that named the wrong problem", () => {
  it.each([
    ["cr.csv", (t: string) => t.replace(/\n/g, "\r"), /carriage return alone/],
    ["semicolons.csv", (t: string) => t.replace(/,/g, ";"), /separates its fields with semicolons, not commas/],
    ["twice.csv", (t: string) => t.replace(",high\n", ",high,country\n"), /names the column "country" twice/],
    ["mixed.csv", (t: string) => t.replace("\n", "\r\n"), /mixes line endings \(1 record ends in CRLF, 2 in LF\)/],
  ])("%s", async (name, damage, message) => {
    const file = join(dir, name);
    writeFileSync(file, damage(writeRows("ged-csv", goodRows("ged-csv", 63, 2))));
    const err = await ingestFile(store(), { file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(message);
  });
});

describe("fixed: the JSON key scanner looked only a few characters past a key", () => {
  it("finds the records array and keys with white space around the colon", async () => {
    const e = goodEvents(64, 2);
    const file = join(dir, "spaced.json");
    writeFileSync(file, JSON.stringify({ events: e }, null, 2).replace('"events": [', '"events"   :\n          [').replace(/"id": /g, '"id"     : '));
    expect(await ingestFile(store(), { file })).toMatchObject({ read: 2, loaded: 2 });
  });

  it("reads a first record longer than the head it looks at", async () => {
    const [a, b] = goodEvents(65, 2);
    const { source_article: _text, ...rest } = a!;
    const file = join(dir, "long-first.json");
    // The long text comes first, so every other key lies beyond the first 256 KB.
    writeFileSync(file, writeEvents([{ source_article: "y".repeat(400_000), ...rest }, b]));
    expect(await ingestFile(store(), { file })).toMatchObject({ read: 2, loaded: 2 });
  });
});
