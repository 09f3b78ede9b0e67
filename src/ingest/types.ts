/** The request and the accounting line of one file's ingest. */
import type { MessageLang } from "../messages/index.ts";
import type { Covers } from "./covers.ts";
import type { RawForm } from "./raw-form.ts";

export interface IngestRequest {
  file: string;
  /** The name users gave, when `file` is a temporary copy (an unpacked zip). */
  displayName?: string;
  /** Force a dataset instead of detecting it from the file's layout. */
  dataset?: string;
  /** Overrides the version the layout implies (e.g. "25.1"). */
  datasetVersion?: string;
  /**
   * The days the file covers, as its publisher or the user states them (`ingest --covers`), for every country
   * it has events of; absent, each country's first to last event in the file, marked inferred.
   */
  covers?: Covers;
  /**
   * How a plain CSV file's records are kept (RAW_FORMS): as delivered, a copy with a record index (the default:
   * the fastest ingest, the store taking about the file's size again), or in a Parquet raw file (about a tenth of
   * that, for an ingest about 1.4 times as long). A .gz or JSON file's always go to Parquet.
   */
  raw?: RawForm;
  /** Called with 0..1 while the file is read and mapped. */
  onProgress?: (fraction: number, stage: string) => void;
  /** The reader's language for the rejects file's reasons (the store keeps them in English). */
  lang?: MessageLang;
}

/** read = loaded + duplicates + quarantined, always. */
export interface IngestSummary {
  batchId: string;
  file: string;
  dataset: string;
  layout: string;
  read: number;
  loaded: number;
  duplicates: number;
  quarantined: number;
  /** Living datasets (ACLED): events replaced by a newer revision (counted in loaded too) and events removed. */
  updated?: number;
  removed?: number;
  /** Where the quarantined rows were written, when there were any. */
  rejectsFile?: string;
  seconds: number;
}
