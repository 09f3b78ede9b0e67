import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { ingestFile } from "../../ingest/index.ts";
import { IRAQ, SYRIA } from "../../../test/helpers/paths.ts";
import { tempStore } from "../../../test/helpers/store.ts";
import { DuckDBStore } from "./index.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

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
