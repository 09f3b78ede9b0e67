/**
 * How an ingest writes through a store without the store knowing ingest, sources or layouts. The ingest
 * (src/ingest) detects the file's layout and fills a BatchSource; the store opens a DuckDB connection (its
 * own, or an in-memory one to stage for a server), lets `prepare` stage, check and map the file on it into the
 * temp view `mapped` (columns in shared/mapped.ts), writes the valid new rows with the batch record and its
 * rejects, all or nothing, and calls `release` whatever happened.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { OnProgress } from "./shared/progress.ts";

/** A quarantined record, as the store keeps it and the rejects file lists it. */
export interface RejectRow {
  batch_id: string;
  file: string;
  line: number;
  reason: string;
  raw: string;
}

/** The batch as the store records it. */
export interface BatchRecord {
  batchId: string;
  /** The file as users named it (not a temporary copy). */
  file: string;
  bytes: number;
  dataset: string;
  datasetVersion: string;
  layout: string;
  startedAt: Date;
  /** A living dataset (ACLED): newer revisions replace events, and events the export no longer has go. */
  living: boolean;
  /**
   * The layout's SQL for each record's words (WORD_COLUMNS: names, places, source text) over the batch's raw file,
   * whose path is the parameter `$raw`: `SELECT rec, <WORD_COLUMNS> FROM …`. A store that keeps the raw file
   * can keep this instead of the words, and show them from the record when an event is read.
   */
  words: string;
}

/**
 * Days the file covers for one country (YYYY-MM-DD, inclusive), as the ingest decided them: `declared` when the
 * release or the user states them, else the first to the last event of that country in the file.
 */
export interface BatchSpan {
  country_iso3: string | null;
  first: string;
  last: string;
  declared: boolean;
}

/** What a preparation found in the file. */
export interface PreparedRows {
  /** Records in the file (metadata rows excluded): read = loaded + duplicates + quarantined. */
  read: number;
  /** Records that passed every check (before any duplicate is skipped). */
  valid: number;
  /** Quarantined records with their physical lines, sorted by line. */
  rejects: RejectRow[];
  /** The days the file covers, per country of its valid records; the store keeps them with the batch. */
  spans: BatchSpan[];
  /** Set when the records were kept as the file was delivered instead of in the Parquet raw file. */
  raw?: RawKept;
}

/**
 * A batch's records kept as the file was delivered: a copy of the file and its record index
 * (shared/source-copy.ts), read a page at a time.
 */
export interface RawKept {
  /** The copy's path. */
  file: string;
  /** SQL over a page file at `$raw`: `file_row_number` (the record's number), then the source's columns as read. */
  rows: string;
  /** The words SQL (as BatchRecord.words) over a page file at `$raw`. */
  words: string;
}

/** What a store needs `mapped` to carry. */
export interface PrepareWants {
  /**
   * The WORD_COLUMNS filled (else NULL). A store that keeps the raw file and the record's `words` SQL does not
   * need them, and the ingest then neither stages nor maps them.
   */
  words: boolean;
  /**
   * The store can keep a plain CSV file as delivered, a copy with a record index (shared/source-copy.ts), instead
   * of its records in a Parquet raw file: an ingest that does so sets PreparedRows.raw.
   */
  source?: boolean;
}

/** One file's batch, as an ingest hands it to `Store.writeBatch`. */
export interface BatchSource {
  record: BatchRecord;
  /**
   * Stages, checks and maps the file into the temp view `mapped` on `c`; the store owns the transaction. The
   * file's records, as read, are written to `rawFile` (Parquet, one row per record in file order, the source's
   * own columns as text; a JSON source's record in one column, `__record`), or, when the store takes it
   * (`want.source`) and the file is plain CSV, the file is copied as delivered beside it with a record index
   * (PreparedRows.raw): the store keeps them or removes them.
   */
  prepare(c: DuckDBConnection, rawFile: string, want: PrepareWants): Promise<PreparedRows>;
  /**
   * Called with what `prepare` found, before anything is written: the ingest writes its rejects file here, so a
   * failure to write it (a full disk, a blocked folder) leaves the store as it was instead of following a COMMIT.
   */
  prepared?(rows: PreparedRows): Promise<void>;
  /** Drops what `prepare` left on `c`; best effort, called in `finally`. */
  release(c: DuckDBConnection): Promise<void>;
  onProgress?: OnProgress;
}

/** What the store wrote: read = loaded + duplicates + rejects.length. */
export interface BatchWritten {
  read: number;
  loaded: number;
  duplicates: number;
  rejects: RejectRow[];
  /** Living datasets only: events replaced by a newer revision (counted in loaded too) and events removed. */
  updated?: number;
  removed?: number;
}
