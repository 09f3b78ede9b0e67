/**
 * The store: where events live. `openStore` reads a store spec (a DuckDB file path, or a clickhouse:// URL,
 * see docs/scaling-out.md) and returns the matching implementation of the one Store interface.
 */
import { UsageError } from "../errors.ts";
import type { Store } from "./store.ts";

export type { Store, ActorCount, CompactReport, GridCell, CountRow, CountQuery, DatasetCoverage, CoverageSpan, BatchInfo, RejectRow, Page } from "./store.ts";
export type { BatchRecord, BatchSource, BatchSpan, BatchWritten, PrepareWants, PreparedRows, RawKept } from "./batch.ts";
/** For the ingest's preparation, which runs on a connection a store hands it (batch.ts). */
export { rows, withProgress, WORD_COLUMNS, sourceCopy, type Row, type OnProgress, type WordColumn } from "./shared/index.ts";
export { isDiskFull, isPermissionDenied } from "./duckdb/failure.ts";
export { EventFilter, Role, Bucket, type EventFilterInput } from "./filter.ts";
// The implementations load only when a store is opened: a command that never reads one (compare --counts,
// --help) does not pay for the DuckDB binding or the ClickHouse client.
export type { DuckDBStore } from "./duckdb/index.ts";
export type { ClickHouseStore } from "./clickhouse/index.ts";

export const DEFAULT_DB = "./data/resurgence.duckdb";

export type StoreSpec = { kind: "duckdb"; path: string } | { kind: "clickhouse"; url: string };

/** Parses `--db`/`--store` values: a path (DuckDB) or a clickhouse:// URL. */
export function parseStoreSpec(spec: string): StoreSpec {
  if (/^clickhouse:\/\//i.test(spec)) return { kind: "clickhouse", url: spec };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new UsageError(`unsupported store "${spec.replace(/\/\/[^@/]*@/, "//***@")}"`, "use a DuckDB file path or clickhouse://host:port/db");
  }
  return { kind: "duckdb", path: spec };
}

export interface OpenStoreOptions {
  now?: () => Date;
  /**
   * Refuse a DuckDB path where no store exists yet instead of creating one (every command that only reads), and
   * open a store this user may not write read-only. A ClickHouse database is the server's to create.
   */
  mustExist?: boolean;
  /** DuckDB's buffer memory, past which it spills to disk, e.g. "2GB" (default: a quarter of the machine's memory). */
  memoryLimit?: string;
}

/**
 * Opens the store `spec` names.
 *
 * @throws UsageError (exit 2) when a DuckDB path holds a file that is not a DuckDB database (a CSV given as --db);
 *   StoreError (exit 5) when it cannot be opened, or `mustExist` and there is none.
 * @example
 * const store = await openStore(parseStoreSpec(config.db), { mustExist: true }); // a read: never creates one
 */
export async function openStore(spec: StoreSpec, options: OpenStoreOptions = {}): Promise<Store> {
  switch (spec.kind) {
    case "duckdb":
      return (await import("./duckdb/index.ts")).DuckDBStore.open(spec.path, options);
    case "clickhouse":
      return (await import("./clickhouse/index.ts")).ClickHouseStore.open(spec.url, { now: options.now });
    default:
      throw new Error(`unknown store kind ${String((spec satisfies never as { kind: string }).kind)}`);
  }
}
