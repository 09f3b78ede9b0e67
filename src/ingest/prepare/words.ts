/**
 * An event's words (the store's WORD_COLUMNS: names, places, source text) read back from its batch's raw file, by the
 * same layout SQL that maps them at ingest. A store that keeps the raw file keeps this query with the batch
 * instead of writing the words again beside every event; `$raw` is the raw file's path when it runs.
 */
import type { Layout } from "../../sources/index.ts";
import { sqlIdent, sqlString } from "../../sql.ts";
import { WORD_COLUMNS } from "../../store/index.ts";
import { referencedColumns, RECORD } from "./json-source.ts";

/**
 * `SELECT rec, <WORD_COLUMNS> FROM <the raw rows>`: by default the layout's Parquet raw file; `raw` is another
 * relation of the rows (file_row_number, then the source's columns), e.g. a page of a file kept as delivered.
 */
export function wordsSelect(layout: Layout, raw = `read_parquet($raw, file_row_number=true)`): string {
  const m = layout.mapping;
  // A JSON source's raw file holds each record whole; its fields are taken out by name, as staging takes them.
  const source =
    layout.read.kind === "csv"
      ? raw
      : `(SELECT file_row_number, ${referencedColumns(layout).map((c) => `json_extract_string(${RECORD}::JSON, [${sqlString(c)}])[1] AS ${sqlIdent(c)}`).join(", ")} FROM ${raw})`;
  return `SELECT s.file_row_number AS rec, ${WORD_COLUMNS.map((c) => `${m[c]} AS ${c}`).join(", ")} FROM ${source} s`;
}
