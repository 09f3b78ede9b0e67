/**
 * The coverage spans of a batch, as both stores record them (table `coverage_spans`: batch, dataset, version,
 * country, first, last, declared) and attach them to their coverage rows. A span is computed from the valid
 * rows of `mapped` (./mapped.ts), duplicates included: a file covers its days even where the store already held
 * its events. A declared span (BatchRecord.covers) replaces the inferred first..last of each country.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { BatchRecord } from "../batch.ts";
import type { CoverageSpan, DatasetCoverage } from "../store.ts";
import { rows } from "./rows.ts";

/** One row of `coverage_spans`. */
export interface SpanRow {
  batch_id: string;
  dataset: string;
  dataset_version: string;
  country_iso3: string | null;
  first_date: string;
  last_date: string;
  declared: boolean;
}

/** The spans a batch covers, per country of its valid rows, read from `mapped` on `c`. */
export async function batchSpans(c: DuckDBConnection, r: BatchRecord): Promise<SpanRow[]> {
  const out = await rows(
    c,
    `SELECT country_iso3, strftime(min(date_start), '%Y-%m-%d') AS first_date, strftime(max(date_start), '%Y-%m-%d') AS last_date
     FROM mapped WHERE reason IS NULL GROUP BY country_iso3 ORDER BY country_iso3`,
  );
  return out.map((o) => ({
    batch_id: r.batchId,
    dataset: r.dataset,
    dataset_version: r.datasetVersion,
    country_iso3: (o.country_iso3 as string | null) ?? null,
    first_date: r.covers?.first ?? String(o.first_date),
    last_date: r.covers?.last ?? String(o.last_date),
    declared: r.covers !== undefined,
  }));
}

const key = (dataset: string, version: string, country: string | null) => `${dataset}\u0000${version}\u0000${country ?? ""}`;

/** Coverage rows with their spans attached (each row's spans by first day, then batch). */
export function attachSpans(coverage: DatasetCoverage[], spans: SpanRow[]): DatasetCoverage[] {
  const by = new Map<string, CoverageSpan[]>();
  for (const s of spans) {
    const k = key(s.dataset, s.dataset_version, s.country_iso3);
    const list = by.get(k) ?? [];
    list.push({ batch_id: s.batch_id, first: s.first_date, last: s.last_date, declared: s.declared });
    by.set(k, list);
  }
  const order = (a: CoverageSpan, b: CoverageSpan) => a.first.localeCompare(b.first) || a.batch_id.localeCompare(b.batch_id);
  return coverage.map((c) => ({ ...c, spans: (by.get(key(c.dataset, c.dataset_version, c.country_iso3)) ?? []).sort(order) }));
}
