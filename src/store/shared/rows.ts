/** Small helpers to run a query and get plain JS rows (BigInt counts become numbers). */
import type { DuckDBConnection, DuckDBType, DuckDBValue } from "@duckdb/node-api";

export type Row = Record<string, unknown>;

export async function rows(
  c: DuckDBConnection,
  sql: string,
  params?: Record<string, DuckDBValue>,
  types?: Record<string, DuckDBType>,
): Promise<Row[]> {
  const reader = await c.runAndReadAll(sql, params, types);
  return reader.getRowObjectsJS().map((r) => {
    const out: Row = {};
    for (const [k, v] of Object.entries(r)) out[k] = typeof v === "bigint" ? Number(v) : v;
    return out;
  });
}
