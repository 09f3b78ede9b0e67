/** Shared by the hardening tests: a fixed clock, seed data for a store, and what must not change when a file is refused. */
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { DuckDBStore } from "../../src/store/index.ts";
import { tempStore } from "../helpers/store.ts";
import { rows } from "../../src/store/index.ts";
import { FIXTURES } from "../helpers/paths.ts";
import { ingestFile } from "../../src/ingest/index.ts";

export const NOW = () => new Date("2026-11-29T12:00:00Z");
/** Other data in a store before a test's files, so "unchanged" is checked on a store that holds something. */
export const SEED = join(FIXTURES, "acled", "export.csv");

/** Events (count and a fingerprint of ids and batches), batches and rejects. */
export async function snapshot(store: DuckDBStore): Promise<Record<string, unknown>> {
  const [s] = await rows(
    store.connection,
    `SELECT (SELECT count(*) FROM events) AS events, (SELECT md5(COALESCE(string_agg(id || '|' || batch_id, ',' ORDER BY id), '')) FROM events) AS ids,
            (SELECT count(*) FROM batches) AS batches, (SELECT count(*) FROM rejects) AS rejects`,
  );
  return { ...s };
}

/** A store opened with the fixed clock and the seed data before the file's tests, closed after them. */
export function seededStore(): () => DuckDBStore {
  let store: DuckDBStore | undefined;
  beforeAll(async () => {
    store = (await tempStore(NOW)).store;
    await ingestFile(store, { file: SEED });
  });
  afterAll(() => store?.close());
  return () => {
    if (!store) throw new Error("the seeded store is used outside a test");
    return store;
  };
}
