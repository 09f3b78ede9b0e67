/** The request and the accounting line of one file's ingest. */
import type { Covers } from "./covers.ts";

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
  /** Called with 0..1 while the file is read and mapped. */
  onProgress?: (fraction: number, stage: string) => void;
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
