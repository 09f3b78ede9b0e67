/**
 * Ingest helpers shared by the stores: the accounting line, batch ids, physical line numbers for
 * quarantined records, the rejects file and name resolution.
 */
export { formatSummary, newBatchId } from "./summary.ts";
export { recordLines, keptToAbsolute, scanLines, unclosedQuoteLine, lineEndings, LineScanner, type RowLines } from "./lines.ts";
export { writeRejectsFile } from "./rejects-file.ts";
export { readSmallCsv, type CsvRecord } from "./small-csv.ts";
export { withPlainFile } from "./plain-file.ts";
export { checkWholeGzip } from "./gzip-check.ts";
export { resolveNames, type Resolutions } from "./resolution.ts";
