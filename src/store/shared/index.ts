/**
 * What both stores share, and what an ingest needs to fill a batch (../batch.ts): the `mapped` view's SQL,
 * DuckDB rows as plain objects, progress. Neither store imports the other; both import this.
 */
export { rows, type Row } from "./rows.ts";
export { withProgress, type OnProgress } from "./progress.ts";
export { FIRST_VALID, mappedForExport, PRECISION_RANK, WORD_COLUMNS, type WordColumn } from "./mapped.ts";
export { round6 } from "./round.ts";
export { attachSpans, spanRows, type SpanRow } from "./spans.ts";
export { defaultMemoryLimit } from "./memory.ts";
export * as sourceCopy from "./source-copy.ts";
