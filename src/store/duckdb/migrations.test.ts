import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { ingestFile } from "../../ingest/index.ts";
import { IRAQ, SYRIA } from "../../../test/helpers/paths.ts";
import { tempStore } from "../../../test/helpers/store.ts";
import { unpackedCopy } from "../../../test/helpers/plain-csv.ts";
import { DuckDBStore } from "./index.ts";
import { EventFilter } from "../filter.ts";
import type { CanonicalEvent } from "../../event.ts";
import { indexPath, removeCopy, withPage } from "../shared/source-copy.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const WORDS = ["source_event_id", "country_name", "admin2", "place_name", "side_a", "side_b", "source_violence_type", "source_text"];

/** Rewrites a store into the shape schema version 6 left: every batch's records in a Parquet raw file. */
async function asVersion6(c: DuckDBConnection, path: string): Promise<void> {
  const kept = await c.runAndReadAll(`SELECT batch_id, raw_file, words_sql, rows_sql FROM batches WHERE rows_sql IS NOT NULL`);
  for (const [batch, file, words, rowsSql] of kept.getRows()) {
    const copy = join(`${path}.raw`, String(file));
    const parquet = String(file).replace(/\.csv$/, ".parquet");
    const n = statSync(indexPath(copy)).size / 8 - 4;
    await withPage(copy, Array.from({ length: n }, (_, i) => i), (page) =>
      c.run(`COPY (SELECT * EXCLUDE (file_row_number) FROM (${String(rowsSql)}) ORDER BY file_row_number) TO '${join(`${path}.raw`, parquet)}' (FORMAT parquet)`, { raw: page }),
    );
    const parquetWords = String(words).replace(`(${String(rowsSql)})`, "read_parquet($raw, file_row_number=true)");
    await c.run(`UPDATE batches SET raw_file = $f, words_sql = $w WHERE batch_id = $b`, { f: parquet, w: parquetWords, b: String(batch) });
    await removeCopy(copy);
  }
  await c.run("ALTER TABLE batches DROP COLUMN rows_sql");
  await c.run("DELETE FROM schema_migrations WHERE version >= 7");
}

/** Rewrites a store into the shape schema version 5 left: each event's words in its own columns. */
async function asVersion5(c: DuckDBConnection, path: string): Promise<void> {
  await asVersion6(c, path);
  for (const w of WORDS) await c.run(`ALTER TABLE events ADD COLUMN ${w} VARCHAR`);
  const batches = await c.runAndReadAll(`SELECT batch_id, raw_file, words_sql FROM batches WHERE words_sql IS NOT NULL`);
  for (const [batch, file, sql] of batches.getRows()) {
    const set = WORDS.slice(1).map((w) => `${w} = x.${w}`).join(", ");
    await c.run(`UPDATE events e SET ${set} FROM (${String(sql)}) x WHERE e.batch_id = '${String(batch)}' AND x.rec = e.raw_rec`, { raw: join(`${path}.raw`, String(file)) });
  }
  await c.run(`UPDATE events SET source_event_id = substr(id, strpos(id, ':') + 1)`);
  await c.run("ALTER TABLE batches DROP COLUMN words_sql");
  await c.run("DROP TABLE words_legacy");
  await c.run("DELETE FROM schema_migrations WHERE version >= 6");
}

/** Rewrites a store into the shape schema version 4 left: each event's raw row as JSON in `events.raw`. */
async function asVersion4(c: DuckDBConnection, path: string): Promise<void> {
  await asVersion5(c, path);
  const files = await c.runAndReadAll(`SELECT batch_id, raw_file FROM batches`);
  await c.run("ALTER TABLE events ADD COLUMN raw JSON");
  for (const [batch, name] of files.getRows()) {
    const file = join(`${path}.raw`, String(name));
    const rows = `(SELECT r.file_row_number AS k, to_json(x) AS j FROM read_parquet('${file}', file_row_number=true) r POSITIONAL JOIN read_parquet('${file}') x)`;
    await c.run(`UPDATE events e SET raw = j FROM ${rows} WHERE e.batch_id = '${String(batch)}' AND k = e.raw_rec`);
  }
  rmSync(`${path}.raw`, { recursive: true });
  await c.run("ALTER TABLE events DROP COLUMN raw_rec");
  await c.run("ALTER TABLE batches DROP COLUMN raw_file");
  await c.run("DROP TABLE raw_legacy");
  await c.run("DELETE FROM schema_migrations WHERE version >= 5");
}

describe("migration 4: coverage spans", () => {
  it("backfills a store written before spans were kept with each batch's first..last event per country, as inferred", async () => {
    const { store, dir } = await tempStore();
    dirs.push(dir);
    const iraq = await ingestFile(store, { file: IRAQ });
    const syria = await ingestFile(store, { file: SYRIA });
    const written = await store.coverage();
    await store.close();

    // The store as an older resurgence left it: no spans table, schema version 3.
    const path = join(dir, "test.duckdb");
    const db = await DuckDBInstance.create(path);
    const c = await db.connect();
    await asVersion4(c, path);
    await c.run("DROP TABLE coverage_spans");
    await c.run("DELETE FROM schema_migrations WHERE version = 4");
    c.closeSync();
    db.closeSync();

    const reopened = await DuckDBStore.open(path);
    const backfilled = await reopened.coverage();
    await reopened.close();
    // Both files load every valid row as new events, so the backfill finds each batch's first..last event; the
    // ingest had declared the Iraq file's span (the whole GED 19.1 release), which the events cannot show.
    expect(backfilled).toEqual(written.map((r) => ({ ...r, spans: r.spans?.map((s) => ({ ...s, first: r.first_date, last: r.last_date, declared: false })) })));
    const batches = new Set(backfilled.flatMap((r) => (r.spans ?? []).map((s) => s.batch_id)));
    expect(batches).toEqual(new Set([iraq.batchId, syria.batchId]));
    expect(backfilled.every((r) => r.spans?.every((s) => !s.declared))).toBe(true);
  });
});

/**
 * A store holding the Iraq file as an older resurgence left it: written now, then rewritten by `older` on the
 * file itself (whose result is returned). Gives the events as they read before the rewrite.
 */
async function olderStore<T>(older: (c: DuckDBConnection, path: string) => Promise<T>, file = IRAQ) {
  const { store, dir } = await tempStore();
  dirs.push(dir);
  await ingestFile(store, { file });
  const before = await store.events(ALL, PAGE);
  await store.close();
  const path = join(dir, "test.duckdb");
  const db = await DuckDBInstance.create(path);
  const c = await db.connect();
  const held = await older(c, path);
  c.closeSync();
  db.closeSync();
  return { path, before, held };
}

const PAGE = { limit: 5000, offset: 0 };
const ALL = EventFilter.parse({});

/**
 * Opens a rewritten store (so it migrates), ingests `file` into it, and checks that every event it held reads as
 * it did before the rewrite, field for field. Gives the events after, their summaries, and the first `syrian`
 * events in Syria (the file ingested after the migration).
 */
async function migrateAndIngest(path: string, before: CanonicalEvent[], file: string, syrian: number) {
  const reopened = await DuckDBStore.open(path);
  await ingestFile(reopened, { file });
  const after = await reopened.events(ALL, PAGE);
  const summaries = await reopened.eventSummaries(ALL, PAGE);
  const syr = await reopened.events(EventFilter.parse({ countries: ["SYR"] }), { limit: syrian, offset: 0 });
  await reopened.close();
  const byId = new Map(after.map((e) => [e.id, e]));
  expect(before.length).toBeGreaterThan(1000);
  for (const e of before) expect(byId.get(e.id)).toEqual(e);
  expect(syr).toHaveLength(syrian);
  return { after, byId, summaries, syrian: syr };
}

describe("migration 5: raw rows kept columnar", () => {
  it("keeps every raw row of a store that held them as JSON, and new batches beside them", async () => {
    const { path, before } = await olderStore(asVersion4);
    const { syrian } = await migrateAndIngest(path, before, SYRIA, 100);
    // The Syria file's events, stored after the migration, carry their raw rows too.
    expect(syrian.every((e) => typeof e.raw.id === "string" && e.raw.id === e.source_event_id)).toBe(true);
  });
});

describe("migration 6: words read from the raw row", () => {
  it("keeps the words of events stored beside them, and reads new batches' words from their raw rows", async () => {
    const { path, before, held } = await olderStore(async (c, p) => {
      await asVersion5(c, p);
      // The words as version 5 held them, beside each event, for a check independent of the store's reading.
      return (await c.runAndReadAll(`SELECT id, place_name, side_a, source_text FROM events WHERE place_name IS NOT NULL ORDER BY id LIMIT 3`)).getRows();
    });
    const { after, byId, summaries, syrian } = await migrateAndIngest(path, before, SYRIA, 200);
    expect(held).toHaveLength(3);
    for (const [id, place, side, text] of held) expect(byId.get(String(id))).toMatchObject({ place_name: place, side_a: side, source_text: text });
    const { raw: _raw, ...first } = after[0]!;
    expect(summaries[0]).toEqual(first);
    // The Syria file, stored after the migration: its words come from its raw rows, as the file has them.
    for (const e of syrian) {
      expect(e.source_event_id).toBe(e.raw.id);
      expect(e.side_a).toBe(e.raw.side_a);
      expect(e.source_text).toBe(e.raw.source_article);
      expect(e.country_name).toBe(e.raw.country);
    }
  });
});

describe("migration 7: a CSV file kept as delivered", () => {
  it("reads every event of a store whose raw rows are Parquet as before, and keeps a new CSV file as delivered", async () => {
    // Both files unpacked, as kept as delivered now; rewritten into Parquet raw files as version 6 kept them.
    const plain = mkdtempSync(join(tmpdir(), "resurgence-plain-"));
    dirs.push(plain);
    const { path, before } = await olderStore(asVersion6, unpackedCopy(IRAQ, plain));
    expect(readdirSync(`${path}.raw`).every((f) => f.endsWith(".parquet"))).toBe(true);
    const syria = unpackedCopy(SYRIA, plain);
    const { syrian } = await migrateAndIngest(path, before, syria, 200);
    // The Syria file went in after the migration: kept as the file was delivered, byte for byte.
    const copies = readdirSync(`${path}.raw`).filter((f) => f.endsWith(".csv"));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(`${path}.raw`, copies[0]!)).equals(readFileSync(syria))).toBe(true);
    for (const e of syrian) {
      expect(e.source_event_id).toBe(e.raw.id);
      expect(e.side_a).toBe(e.raw.side_a);
      expect(e.source_text).toBe(e.raw.source_article);
    }
  });
});
