/**
 * The Store: everything the ingest, the analyses and the surfaces ask of a backend: it persists and queries,
 * and knows neither ingest nor sources. DuckDB (embedded, the default)
 * and ClickHouse (scale-out) implement it; their answers must agree (see the conformance suite).
 */
import type { CanonicalEvent, EventSummary } from "../event.ts";
import type { ReportedFigure } from "../reported-figure.ts";
import type { Bucket, EventFilter } from "./filter.ts";
import type { BatchSource, BatchWritten, RejectRow } from "./batch.ts";

export type { RejectRow } from "./batch.ts";

export interface CountRow {
  /** Bucket label ("2017", "2017-Q3", "2017-08") when grouped by time. */
  bucket?: string;
  country_iso3?: string | null;
  admin1?: string | null;
  events: number;
  deaths: number;
}

export interface CountQuery {
  filter: EventFilter;
  by?: Bucket;
  byCountry?: boolean;
  /** Group by country and first-level unit (admin1 as the dataset writes it; null when unknown). */
  byAdmin1?: boolean;
}

/** Events counted on a regular latitude/longitude grid: one row per non-empty cell, at the cell's centre. */
/** An actor's events in one country, and one of them (the least id) to read how the data write its name. */
export interface ActorCount {
  actor_id: string;
  country_iso3: string | null;
  events: number;
  example_id: string;
}

export interface GridCell {
  lat: number;
  lon: number;
  events: number;
  deaths: number;
}

/**
 * Days one batch covers for one country (YYYY-MM-DD, inclusive): `declared` when the file or the user stated
 * them (`ingest --covers`), else inferred from the batch's first and last event of that country.
 */
export interface CoverageSpan {
  batch_id: string;
  first: string;
  last: string;
  declared: boolean;
}

export interface DatasetCoverage {
  dataset: string;
  dataset_version: string;
  country_iso3: string | null;
  events: number;
  first_date: string;
  last_date: string;
  /**
   * The spans the batches of this dataset version cover for this country, by first day then batch. Gaps between
   * them are days without data. Absent only in rows not read from a store (then first..last is the span).
   */
  spans?: CoverageSpan[];
}

export interface BatchInfo {
  batch_id: string;
  file: string;
  dataset: string;
  layout: string;
  started_at: string;
  rows_read: number;
  loaded: number;
  duplicates: number;
  quarantined: number;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface Store {
  readonly kind: "duckdb" | "clickhouse";
  /** A human description of where the data live (file path or URL without credentials). */
  readonly location: string;
  /** Where an ingest writes the quarantined rows of a batch as CSV, beside the store or as configured. */
  readonly rejectsDir: string;
  /**
   * Writes one file's batch, all or nothing: the rows an ingest prepares (batch.ts), the batch record and its
   * rejects. The store runs no ingest of its own: src/ingest detects, checks and maps, then calls this.
   */
  writeBatch(batch: BatchSource): Promise<BatchWritten>;
  count(query: CountQuery): Promise<CountRow[]>;
  /** A page of whole events, raw source rows included, ordered by date_start then id. */
  events(filter: EventFilter, page: Page): Promise<CanonicalEvent[]>;
  /** The same page without the raw source rows: for lists, maps and matching; far cheaper on a big store. */
  eventSummaries(filter: EventFilter, page: Page): Promise<EventSummary[]>;
  coverage(): Promise<DatasetCoverage[]>;
  batches(): Promise<BatchInfo[]>;
  rejects(batchId?: string, limit?: number): Promise<RejectRow[]>;
  /**
   * The matching events counted per grid cell of `cellDeg` degrees (events without coordinates are not in any
   * cell: the caller counts them apart), so a map can show every event however many there are.
   */
  grid(filter: EventFilter, cellDeg: number): Promise<GridCell[]>;
  /** Distinct actor ids with event counts (per country), for `actors list` and alert scans. */
  actorCounts(filter: EventFilter): Promise<ActorCount[]>;
  /** Adds figures to the ledger; a figure already there (same id) is a duplicate, not a second copy. */
  addReported(figures: ReportedFigure[]): Promise<{ added: number; duplicates: number }>;
  /** Removes figures from the ledger by id (one added by mistake); ids not there are not counted. */
  removeReported(ids: string[]): Promise<{ removed: number }>;
  /** Figures whose period overlaps [start, end] and whose places and actor intersect the query's. */
  reported(q: ReportedQuery): Promise<ReportedFigure[]>;
  /**
   * Calls `listener` after each change this process commits, when the store can tell (DuckDB: this process is
   * its only writer). Absent where other processes may write (ClickHouse): callers must not cache reads then.
   */
  onChange?(listener: () => void): void;
  /**
   * Rewrites the raw rows of batches kept as delivered (a plain CSV file's copy and record index) into compressed
   * Parquet, about a tenth of the disk; the events and their raw rows read the same after. A store that keeps no
   * file as delivered (ClickHouse: raw rows are in its tables) has nothing to do.
   */
  compactRaw(): Promise<CompactReport>;
  close(): Promise<void>;
}

/** What a compaction did: how many batches, and their raw rows' bytes before and after. */
export interface CompactReport {
  batches: number;
  bytesBefore: number;
  bytesAfter: number;
}

export interface ReportedQuery {
  actorIds?: string[];
  countries?: string[];
  start?: string;
  end?: string;
}
