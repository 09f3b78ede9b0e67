/**
 * Ingest: the whole pipeline from a file to a store, store-neutral. It reads through sources (layouts) and
 * writes through the store's narrow batch interface (store/batch.ts); neither knows it.
 */
export { ingestFile, type IngestDeps } from "./ingest-file.ts";
export { parseCovers, type Covers } from "./covers.ts";
export type { IngestRequest, IngestSummary } from "./types.ts";
export { parseRawForm, RAW_FORMS, type RawForm } from "./raw-form.ts";
export { newBatchId } from "./summary.ts";
export { recordLines, keptToAbsolute, scanLines, unclosedQuoteLine, lineEndings, LineScanner, type RowLines } from "./lines.ts";
export { writeRejectsFile } from "./rejects-file.ts";
export { readSmallCsv, type CsvRecord } from "./small-csv.ts";
export { withPlainFile } from "./plain-file.ts";
export { checkWholeGzip } from "./gzip-check.ts";
export { resolveNames, type Resolutions } from "./resolution.ts";
export { syncUcdp, type SyncDeps, type SyncReport } from "./ucdp-sync/index.ts";
