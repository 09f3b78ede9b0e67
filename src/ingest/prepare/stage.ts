/**
 * Staging: DuckDB reads the file (every column as VARCHAR) and, in the same pass, checks and maps each record
 * into the temporary table `staged`. CSV records it cannot parse (too many or too few columns, bad quoting,
 * invalid UTF-8) go to a rejects table with their record number.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { totalmem } from "node:os";
import type { Layout } from "../../sources/index.ts";
import { InputError } from "../../errors.ts";
import { isDiskFull, isPermissionDenied, rows } from "../../store/index.ts";
import { lineEndings, unclosedQuoteLine } from "../lines.ts";
import { jsonObjectCap, jsonSource, RECORD, SHAPE } from "./json-source.ts";
import { stagedSelect } from "./map.ts";
import { sqlIdent, sqlString } from "../../sql.ts";

export interface Staged {
  /** Records DuckDB parsed (skipped metadata rows included). */
  parsed: number;
  /** Metadata rows (e.g. HDX's HXL tag row): not records, not counted as read. */
  skipped: number;
  /** Records DuckDB could not parse: 0-based data record index and DuckDB's message. */
  parseRejects: Array<{ record: number; reason: string; raw: string }>;
}

/**
 * The raw file's format: zstd with Parquet's defaults. Writing it without dictionaries, or in version 2 pages, costs
 * less to write but more to read back for the checks and the mapping: more in all.
 */
const RAW_FILE_OPTIONS = "FORMAT parquet, COMPRESSION zstd";

/** 64 MiB: a single field of 10 MB must still be read (and then quarantined or kept), not break the file. */
const MAX_LINE = 64 * 1024 * 1024;
/** The reader's buffer: DuckDB's default is 16 lines of MAX_LINE (1 GiB), more than the store's whole memory limit. */
const BUFFER = 2 * MAX_LINE;

/** The file's compression by its first bytes, not its name: a gzip file named .csv is still gzip. */
function csvSource(layout: Layout & { read: { kind: "csv" } }, gzip: boolean): string {
  const names = layout.read.columns ? `, names=[${layout.read.columns.map((c) => `'${c}'`).join(", ")}]` : "";
  return `read_csv($file, header=${layout.read.header}, all_varchar=true,
    delim=$delim, quote=$quote, escape=$quote, store_rejects=true, rejects_table='stage_rejects', rejects_scan='stage_scan',
    max_line_size=${MAX_LINE}, buffer_size=${BUFFER}, strict_mode=true, null_padding=false, compression='${gzip ? "gzip" : "auto"}', encoding='utf-8'${names})`;
}

/**
 * Why DuckDB could not read the file, as one line: for a CSV file an unclosed quote (by its line) or mixed line
 * endings, which make its reader give up on the whole file; else DuckDB's first line.
 */
async function readError(cause: unknown, file: string, layout: Layout, gzip: boolean): Promise<InputError> {
  const msg = String((cause as Error).message ?? cause).split("\n")[0] ?? "";
  if (layout.read.kind === "csv") {
    const open = await unclosedQuoteLine(file, gzip, layout.read.quote ?? '"', layout.read.delim).catch(() => undefined);
    if (open !== undefined) {
      return new InputError(`a quoted field opened on line ${open} never closes: the file is cut short, or a quote is unbalanced`, { file, line: open }, `export the file again, or close the quote on line ${open}`, { cause });
    }
    const ends = await lineEndings(file, gzip, layout.read.quote ?? '"').catch(() => undefined);
    if (ends && ends.crlf > 0 && ends.lf > 0) {
      return new InputError(`mixes line endings (${ends.crlf} ${ends.crlf === 1 ? "record ends" : "records end"} in CRLF, ${ends.lf} in LF)`, { file }, "convert it to one kind, e.g. with dos2unix", { cause });
    }
  }
  return new InputError(`cannot be read as ${layout.description}: ${msg}`, { file }, "check that the file is complete and in the layout its header claims", { cause });
}

/**
 * DuckDB's JSON functions hold a document and its parts in memory without spilling (a 20 MB mirror document takes
 * about 1 GB), so the store's memory limit (store/duckdb/connection.ts), which bounds a CSV ingest, is lifted to
 * DuckDB's default (80% of RAM) while a JSON file is staged, and put back after.
 */
async function withoutMemoryLimit<T>(c: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  const before = String((await rows(c, `SELECT current_setting('memory_limit') AS m`))[0]?.m ?? "");
  await c.run(`SET memory_limit = '${Math.floor(totalmem() * 0.8)}B'`);
  try {
    return await work();
  } finally {
    if (/^[0-9.]+ ?[A-Za-z]+$/.test(before)) await c.run(`SET memory_limit = '${before}'`).catch(() => undefined);
  }
}

/** Fields in one CSV line, counting a delimiter inside quotes as text. */
export function countFields(line: string, delim: string, quote = '"'): number {
  let n = 1;
  let quoted = false;
  for (const ch of line.replace(/[\r\n]+$/, "")) {
    if (ch === quote) quoted = !quoted;
    else if (ch === delim && !quoted) n++;
  }
  return n;
}

/**
 * A parse reject in the user's terms. DuckDB stops counting at the first field too many ("Expected 41 Found 42"
 * for a row of 200), so a wrong number of fields is said with the row's real count.
 */
function rejectReason(type: string, message: string, raw: string, layout: Layout & { read: { kind: "csv" } }): string {
  const kind = type.toLowerCase();
  const expected = /Expected Number of Columns: (\d+)/.exec(message)?.[1];
  if ((kind === "too many columns" || kind === "missing columns") && expected) {
    return `${kind}: the row has ${countFields(raw, layout.read.delim, layout.read.quote ?? '"')} fields; the layout has ${expected}`;
  }
  return `${kind}: ${message.split("\n")[0]}`;
}

/**
 * The temp view `raw_rows` (rec, raw): each record of the raw file as the JSON object the source gave, for the
 * few rows that need it as text (quarantined rows) and for stores that keep it as JSON (ClickHouse).
 */
async function rawRowsView(c: DuckDBConnection, rawFile: string): Promise<void> {
  const src = `read_parquet(${sqlString(rawFile)}, file_row_number=true)`;
  const names = (await rows(c, `DESCRIBE SELECT * EXCLUDE (file_row_number) FROM ${src}`)).map((r) => String(r.column_name));
  const raw = names.length === 1 && names[0] === RECORD ? `p.${RECORD}::JSON` : `json_object(${names.map((n) => `${sqlString(n)}, p.${sqlIdent(n)}`).join(", ")})`;
  await c.run(`CREATE OR REPLACE TEMP VIEW raw_rows AS SELECT p.file_row_number AS rec, ${raw} AS raw FROM ${src} p`);
}

/**
 * Reads, checks and maps the file into the temp table `staged`, and writes its records as read to `rawFile`.
 * A CSV file is read once, into the raw file (Parquet: its own columns as text, compressed, in file order); the
 * checks and the mapping then run over that file's columns. A JSON file is staged from its records, which are
 * then written out as they were.
 */
export async function stage(c: DuckDBConnection, file: string, layout: Layout, dataset: string, gzip: boolean, rawFile: string, words: boolean): Promise<Staged> {
  for (const t of ["staged", "stage_rejects", "stage_scan"]) await c.run(`DROP TABLE IF EXISTS ${t}`);
  const out = sqlString(rawFile);
  try {
    if (layout.read.kind === "csv") {
      const csv = csvSource(layout as Layout & { read: { kind: "csv" } }, gzip);
      await c.run(`COPY (SELECT * FROM ${csv}) TO ${out} (${RAW_FILE_OPTIONS})`, { file, delim: layout.read.delim, quote: layout.read.quote ?? '"' });
      const sql = stagedSelect(layout, `read_parquet(${out}, file_row_number=true)`, { rec: "s.file_row_number", words });
      await c.run(`CREATE TEMP TABLE staged AS ${sql}`, { dataset });
    } else {
      const source = jsonSource(layout as Layout & { read: { kind: "json" } }, gzip, await jsonObjectCap(file, gzip));
      const sql = stagedSelect(layout, source, { rec: "row_number() OVER () - 1", reason: `s.${SHAPE}`, keep: `s.${RECORD}`, words });
      await withoutMemoryLimit(c, () => c.run(`CREATE TEMP TABLE staged AS ${sql}`, { file, dataset }));
      await c.run(`COPY (SELECT ${RECORD}::VARCHAR AS ${RECORD} FROM staged ORDER BY rec) TO ${out} (${RAW_FILE_OPTIONS})`);
    }
  } catch (cause) {
    // Writing the raw file can fail for the machine's reasons; the store names those, not the input.
    if (isDiskFull(cause) || isPermissionDenied(cause)) throw cause;
    throw await readError(cause, file, layout, gzip);
  }
  await rawRowsView(c, rawFile);
  const counts = (await rows(c, `SELECT count(*) AS n, count(*) FILTER (WHERE skip) AS skipped FROM staged`))[0];
  const parsed = Number(counts?.n ?? 0);
  const skipped = Number(counts?.skipped ?? 0);
  let parseRejects: Staged["parseRejects"] = [];
  if (layout.read.kind === "csv") {
    const first = layout.read.header ? 2 : 1;
    const rej = await rows(c, `SELECT line, error_type, error_message, csv_line FROM stage_rejects ORDER BY line`);
    // One record can carry several errors; it is one rejected record.
    const seen = new Map<number, { record: number; reason: string; raw: string }>();
    for (const r of rej) {
      const record = Number(r.line) - first;
      if (!seen.has(record)) {
        const raw = String(r.csv_line ?? "").replace(/^[\r\n]+/, "");
        seen.set(record, { record, reason: rejectReason(String(r.error_type), String(r.error_message), raw, layout as Layout & { read: { kind: "csv" } }), raw });
      }
    }
    parseRejects = [...seen.values()];
  }
  return { parsed, skipped, parseRejects };
}
