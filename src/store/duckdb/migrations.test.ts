import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { ingestFile } from "../../ingest/index.ts";
import { IRAQ, SYRIA } from "../../../test/helpers/paths.ts";
import { tempStore } from "../../../test/helpers/store.ts";
import { DuckDBStore } from "./index.ts";
import { EventFilter } from "../filter.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Rewrites a store into the shape schema version 4 left: each event's raw row as JSON in `events.raw`. */
async function asVersion4(c: DuckDBConnection, path: string): Promise<void> {
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

describe("migration 5: raw rows kept columnar", () => {
  it("keeps every raw row of a store that held them as JSON, and new batches beside them", async () => {
    const { store, dir } = await tempStore();
    dirs.push(dir);
    await ingestFile(store, { file: IRAQ });
    const page = { limit: 5000, offset: 0 };
    const all = EventFilter.parse({});
    const before = await store.events(all, page);
    await store.close();

    const path = join(dir, "test.duckdb");
    const db = await DuckDBInstance.create(path);
    const c = await db.connect();
    await asVersion4(c, path);
    c.closeSync();
    db.closeSync();

    const reopened = await DuckDBStore.open(path);
    await ingestFile(reopened, { file: SYRIA });
    const after = await reopened.events(all, page);
    const syrian = await reopened.events(EventFilter.parse({ countries: ["SYR"] }), { limit: 100, offset: 0 });
    await reopened.close();
    const byId = new Map(after.map((e) => [e.id, e]));
    expect(before.length).toBeGreaterThan(1000);
    for (const e of before) expect(byId.get(e.id)?.raw).toEqual(e.raw);
    // The Syria file's events, stored after the migration, carry their raw rows too.
    expect(syrian.length).toBe(100);
    expect(syrian.every((e) => typeof e.raw.id === "string" && e.raw.id === e.source_event_id)).toBe(true);
  });
});
