/**
 * The new events of a batch as ClickHouse reads them: CSV that DuckDB writes from `mapped` (../shared/mapped.ts),
 * a slice of the events per file, each file one insert (send.ts). CSV, not JSON lines: ClickHouse parses it
 * faster (no key to match per field). Uncompressed: DuckDB's gzip writer took nearly three quarters of the
 * whole ingest; the files stay small instead, written while the ones before them are sent. (The Debian
 * ClickHouse, 18.16, reads no Parquet.)
 */
import { statSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { FIRST_VALID, mappedForExport, rows } from "../shared/index.ts";
import { sqlString } from "../../sql.ts";
import { EVENT_COLUMNS } from "./migrations.ts";

/** A list of strings as a ClickHouse array literal, ['a','b'], with quotes and backslashes escaped. */
export const chArray = (col: string) => `'[' || array_to_string(list_transform(${col}, x -> '''' || replace(replace(x, '\\', '\\\\'), '''', '\\''') || ''''), ',') || ']'`;

/** The CSV columns, in the events table's order; lists as array literals. */
const COLUMNS = EVENT_COLUMNS.map(([n, t]) => (t.startsWith("Array") ? `${chArray(n)} AS ${n}` : n)).join(", ");

/** Numbers the new events (the first valid copy of each id) 0..n-1 in file order, in `new_events`; returns n. */
export async function numberNewEvents(c: DuckDBConnection): Promise<number> {
  await c.run(`CREATE OR REPLACE TEMP TABLE new_events AS SELECT rec, row_number() OVER (ORDER BY rec) - 1 AS i FROM (${FIRST_VALID})`);
  return Number((await rows(c, `SELECT count(*) AS n FROM new_events`))[0]?.n ?? 0);
}

/**
 * Writes new events number `lo` to `hi - 1` to `file` and returns its size: every value quoted, so none is
 * mistaken for another kind, NULL as \N. The slice's record range is given to both scans, so each reads only
 * its part of the staged rows and of the raw file.
 */
export async function writeSlice(c: DuckDBConnection, file: string, lo: number, hi: number): Promise<number> {
  const range = (await rows(c, `SELECT min(rec) AS a, max(rec) AS b FROM new_events WHERE i >= ${lo} AND i < ${hi}`))[0];
  const [a, b] = [Number(range?.a), Number(range?.b)];
  const where = `m.rec BETWEEN ${a} AND ${b} AND r.rec BETWEEN ${a} AND ${b} AND m.rec IN (SELECT rec FROM new_events WHERE i >= ${lo} AND i < ${hi})`;
  await c.run(`COPY (SELECT ${COLUMNS} FROM (${mappedForExport(where)})) TO ${sqlString(file)} (FORMAT csv, HEADER false, FORCE_QUOTE *, NULLSTR '\\N')`);
  return statSync(file).size;
}
