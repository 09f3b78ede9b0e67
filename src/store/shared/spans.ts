/**
 * The coverage spans of a batch, as both stores record them (table `coverage_spans`: batch, dataset, version,
 * country, first, last, declared) and attach them to their coverage rows. The ingest decides the spans
 * (PreparedRows.spans); the stores only keep and answer them.
 */
import type { BatchRecord, BatchSpan } from "../batch.ts";
import type { CoverageSpan, DatasetCoverage } from "../store.ts";

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

/** A batch's spans as rows of `coverage_spans`. */
export function spanRows(r: BatchRecord, spans: BatchSpan[]): SpanRow[] {
  return spans.map((s) => ({
    batch_id: r.batchId, dataset: r.dataset, dataset_version: r.datasetVersion, country_iso3: s.country_iso3,
    first_date: s.first, last_date: s.last, declared: s.declared,
  }));
}

const key = (dataset: string, version: string, country: string | null) => `${dataset}\u0000${version}\u0000${country ?? ""}`;

/** Coverage rows with their spans attached (each row's spans by first day, last day, then batch). */
export function attachSpans(coverage: DatasetCoverage[], spans: SpanRow[]): DatasetCoverage[] {
  const by = new Map<string, CoverageSpan[]>();
  for (const s of spans) {
    const k = key(s.dataset, s.dataset_version, s.country_iso3);
    const list = by.get(k) ?? [];
    list.push({ batch_id: s.batch_id, first: s.first_date, last: s.last_date, declared: s.declared });
    by.set(k, list);
  }
  const order = (a: CoverageSpan, b: CoverageSpan) => a.first.localeCompare(b.first) || a.last.localeCompare(b.last) || a.batch_id.localeCompare(b.batch_id);
  return coverage.map((c) => ({ ...c, spans: (by.get(key(c.dataset, c.dataset_version, c.country_iso3)) ?? []).sort(order) }));
}
