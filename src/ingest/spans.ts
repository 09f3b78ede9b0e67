/**
 * The days a file covers, per country of its valid records, as the store keeps them with the batch: what the
 * user declares (`ingest --covers`), else each country's first to last event in the file, marked inferred.
 * Duplicates count: a file covers its days even where the store already held its events.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { rows, type BatchSpan } from "../store/index.ts";
import type { Covers } from "./covers.ts";

/** Reads the valid rows of `mapped` on `c`. */
export async function fileSpans(c: DuckDBConnection, covers: Covers | undefined): Promise<BatchSpan[]> {
  const out = await rows(
    c,
    `SELECT country_iso3, strftime(min(date_start), '%Y-%m-%d') AS first, strftime(max(date_start), '%Y-%m-%d') AS last
     FROM mapped WHERE reason IS NULL GROUP BY country_iso3 ORDER BY country_iso3`,
  );
  return out.map((o) => ({
    country_iso3: (o.country_iso3 as string | null) ?? null,
    first: covers?.first ?? String(o.first),
    last: covers?.last ?? String(o.last),
    declared: covers !== undefined,
  }));
}
