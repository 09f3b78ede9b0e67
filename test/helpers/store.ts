/** A fresh DuckDB store in a temporary folder, for tests. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestFile } from "../../src/ingest/index.ts";
import { DuckDBStore } from "../../src/store/duckdb/index.ts";
import { EventFilter, type EventFilterInput } from "../../src/store/index.ts";

export async function tempStore(now?: () => Date): Promise<{ store: DuckDBStore; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "resurgence-"));
  const store = await DuckDBStore.open(join(dir, "test.duckdb"), now ? { now } : {});
  return { store, dir };
}

export function filter(f: EventFilterInput): EventFilter {
  return EventFilter.parse(f);
}

/** A fresh store holding the given files, ingested in order. */
export async function storeWith(files: string[], now?: () => Date): Promise<{ store: DuckDBStore; dir: string }> {
  const made = await tempStore(now);
  for (const file of files) await ingestFile(made.store, { file });
  return made;
}

/** The raw source rows of a batch's events, read through the store as any reader does. */
export async function rawRowsOf(store: DuckDBStore, batchId: string): Promise<Array<Record<string, unknown>>> {
  const events = await store.events(EventFilter.parse({}), { limit: 1_000_000, offset: 0 });
  return events.filter((e) => e.batch_id === batchId).map((e) => e.raw);
}
