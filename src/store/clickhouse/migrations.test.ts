/** Migration 3 (coverage spans) on a store an older resurgence wrote: one node and two shards. */
import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "@clickhouse/client";
import { ingestFile } from "../../ingest/index.ts";
import { IRAQ, SYRIA } from "../../../test/helpers/paths.ts";
import { testCluster, uniqueDb } from "../testing/test-cluster.ts";
import { ClickHouseStore } from "./index.ts";

const started = testCluster();
const cluster = "skip" in started ? undefined : started;
afterAll(() => cluster?.stop());

/** Leaves database `db` as a store of schema version 2 on every node of `url`: no spans tables. */
async function downgrade(url: string, db: string): Promise<void> {
  for (const port of [...url.matchAll(/127\.0\.0\.1:(\d+)/g)].map((m) => m[1])) {
    const c = createClient({ url: `http://127.0.0.1:${port}` });
    for (const t of ["coverage_spans", "coverage_spans_local", "schema_migrations"]) await c.command({ query: `DROP TABLE IF EXISTS ${db}.${t}` });
    await c.command({ query: `CREATE TABLE ${db}.schema_migrations (version UInt32, name String, applied_at String) ENGINE = MergeTree() ORDER BY version` });
    await c.command({ query: `INSERT INTO ${db}.schema_migrations VALUES (1, 'events, batches, rejects', ''), (2, 'reported figures', '')` });
    await c.close();
  }
}

describe.skipIf(!cluster)("ClickHouse migration 3: coverage spans", () => {
  for (const shape of ["single", "sharded"] as const) {
    it(`backfills each batch's first..last event per country, inferred, and reads it as the ingest wrote it (${shape})`, async () => {
      const db = uniqueDb("migration");
      const url = cluster![shape](db);
      try {
        const store = await ClickHouseStore.open(url, {});
        await ingestFile(store, { file: IRAQ });
        await ingestFile(store, { file: SYRIA });
        const written = await store.coverage();
        await store.close();
        await downgrade(url, db);
        const reopened = await ClickHouseStore.open(url, {});
        const backfilled = await reopened.coverage();
        await reopened.close();
        expect(written.every((r) => (r.spans ?? []).length === 1)).toBe(true);
        // The backfill finds each batch's first..last event (the ingest had declared the whole GED 19.1 release's).
        expect(backfilled).toEqual(written.map((r) => ({ ...r, spans: r.spans?.map((s) => ({ ...s, first: r.first_date, last: r.last_date, declared: false })) })));
      } finally {
        await cluster!.drop(db);
      }
    }, 120_000);
  }
});
