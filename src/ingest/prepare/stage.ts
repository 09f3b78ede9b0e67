/**
 * Staging: DuckDB reads the file (every column as VARCHAR) and, in the same pass, checks and maps each record
 * into the temporary table `staged`. CSV records it cannot parse (too many or too few columns, bad quoting,
 * invalid UTF-8) go to a rejects table with their record number.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { totalmem } from "node:os";
import type { Layout } from "../../sources/index.ts";
import type { InputError } from "../../errors.ts";
import { inputError, words } from "../../messages/words.ts";
import { messages } from "../../messages/index.ts";
import { isDiskFull, isPermissionDenied, rows, sourceCopy, type PrepareWants, type RawKept } from "../../store/index.ts";
import { lineEndings, unclosedQuoteLine } from "../lines.ts";
import { jsonObjectCap, jsonSource, RECORD, SHAPE } from "./json-source.ts";
import { stagedSelect } from "./map.ts";
import { stageFromSource } from "./stage-source.ts";
import { sqlIdent, sqlString } from "../../sql.ts";

export interface Staged {
  /** Records DuckDB parsed (skipped metadata rows included). */
  parsed: number;
  /** Metadata rows (e.g. HDX's HXL tag row): not records, not counted as read. */
  skipped: number;
  /** Records DuckDB could not parse: 0-based data record index and DuckDB's message. */
  parseRejects: Array<{ record: number; reason: string; raw: string }>;
  /** Set when the file is kept as delivered (stage-source.ts) instead of in the Parquet raw file. */
  kept?: RawKept;
  /** The raw rows of records `recs` as JSON text, by record number. */
  rawJson: (recs: number[]) => Promise<Map<number, string>>;
}

/** 64 MiB: a single field of 10 MB must still be read (and then quarantined or kept), not break the file. */
const MAX_LINE = 64 * 1024 * 1024;
/** The reader's buffer: DuckDB's default is 16 lines of MAX_LINE (1 GiB), more than the store's whole memory limit. */
const BUFFER = 2 * MAX_LINE;

/** read_csv's options for the file's records, less its header and names (shared with the page reader, stage-source.ts). */
function csvOptions(layout: Layout & { read: { kind: "csv" } }, gzip: boolean): string {
  const q = sqlString(layout.read.quote ?? '"');
  return `all_varchar=true, delim=${sqlString(layout.read.delim)}, quote=${q}, escape=${q}, max_line_size=${MAX_LINE}, buffer_size=${BUFFER},
    strict_mode=true, null_padding=false, compression='${gzip ? "gzip" : "auto"}', encoding='utf-8'`;
}

/** The file's compression by its first bytes, not its name: a gzip file named .csv is still gzip. */
function csvSource(layout: Layout & { read: { kind: "csv" } }, gzip: boolean): string {
  const names = layout.read.columns ? `, names=[${layout.read.columns.map((c) => `'${c}'`).join(", ")}]` : "";
  return `read_csv($file, header=${layout.read.header}, store_rejects=true, rejects_table='stage_rejects', rejects_scan='stage_scan',
    ${csvOptions(layout, gzip)}${names})`;
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
      return inputError({ file, line: open }, words("unclosedQuote", open), words("unclosedQuoteHint", open), cause);
    }
    const ends = await lineEndings(file, gzip, layout.read.quote ?? '"').catch(() => undefined);
    if (ends && ends.crlf > 0 && ends.lf > 0) {
      return inputError({ file }, words("mixedEndings", ends.crlf, ends.lf), words("mixedEndingsHint"), cause);
    }
  }
  return inputError({ file }, words("unreadableAs", layout.description, msg), words("unreadableAsHint"), cause);
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
    return messages("en").rejectReasons.wrongFields(kind, String(countFields(raw, layout.read.delim, layout.read.quote ?? '"')), expected);
  }
  return `${kind}: ${message.split("\n")[0]}`;
}

/** The JSON of a raw row `p` with columns `names`: the object the source gave (a JSON source's record as it was). */
function rawExpr(names: string[]): string {
  return names.length === 1 && names[0] === RECORD ? `p.${RECORD}::JSON` : `json_object(${names.map((n) => `${sqlString(n)}, p.${sqlIdent(n)}`).join(", ")})`;
}

async function columnsOf(c: DuckDBConnection, rel: string, params: Record<string, string> = {}): Promise<string[]> {
  return (await rows(c, `DESCRIBE SELECT * EXCLUDE (file_row_number) FROM (${rel})`, params)).map((r) => String(r.column_name));
}

/**
 * The temp view `raw_rows` (rec, raw): each record of the raw file as the JSON object the source gave, for stores
 * that keep it as JSON (ClickHouse).
 */
function rawRowsSql(rel: string, names: string[]): string {
  return `SELECT p.file_row_number AS rec, ${rawExpr(names)} AS raw FROM (${rel}) p`;
}

/** DuckDB's parse rejects of the file just read: each rejected record once, by its row number, with why. */
async function parseRejectsOf(c: DuckDBConnection, layout: Layout & { read: { kind: "csv" } }): Promise<Staged["parseRejects"]> {
  const first = layout.read.header ? 2 : 1;
  const rej = await rows(c, `SELECT line, error_type, error_message, csv_line FROM stage_rejects ORDER BY line`);
  // One record can carry several errors; it is one rejected record.
  const seen = new Map<number, { record: number; reason: string; raw: string }>();
  for (const r of rej) {
    const record = Number(r.line) - first;
    if (!seen.has(record)) {
      const raw = String(r.csv_line ?? "").replace(/^[\r\n]+/, "");
      seen.set(record, { record, reason: rejectReason(String(r.error_type), String(r.error_message), raw, layout), raw });
    }
  }
  return [...seen.values()];
}

/** The raw rows of records `recs` as JSON text, from `rel` (file_row_number, then the source's columns). */
async function rawJson(c: DuckDBConnection, rel: string, params: Record<string, string>, recs: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (recs.length === 0) return out;
  const sql = `SELECT * FROM (${rawRowsSql(rel, await columnsOf(c, rel, params))}) WHERE rec IN (${recs.join(", ")})`;
  for (const r of await rows(c, sql, params)) out.set(Number(r.rec), String(r.raw));
  return out;
}

/**
 * Reads, checks and maps the file into the temp table `staged` (a view over `staged_rows` when the file is kept as
 * delivered), and keeps its records as read. A plain CSV file, for a store that takes it (`want.source`), is kept
 * as delivered, a copy with a record index (stage-source.ts). Otherwise a CSV file is read once, into the raw file
 * (Parquet: its own columns as text, compressed, in file order), and the checks and the mapping run over that
 * file's columns; a JSON file is staged from its records, which are then written out as they were.
 */
export async function stage(c: DuckDBConnection, file: string, layout: Layout, dataset: string, gzip: boolean, rawFile: string, want: PrepareWants): Promise<Staged> {
  await c.run(`DROP VIEW IF EXISTS staged`).catch(() => undefined);
  for (const t of ["staged", "staged_rows", "stage_rejects", "stage_scan"]) await c.run(`DROP TABLE IF EXISTS ${t}`);
  const out = sqlString(rawFile);
  let kept: RawKept | undefined;
  try {
    if (layout.read.kind === "csv") {
      const csvLayout = layout as Layout & { read: { kind: "csv" } };
      const csv = csvSource(csvLayout, gzip);
      const params = { file, dataset };
      if (want.source && !gzip) {
        kept = await stageFromSource(c, file, csvLayout, rawFile, want.words, {
          readOptions: csvOptions(csvLayout, false), source: csv, params, rejectedRows: async () => (await parseRejectsOf(c, csvLayout)).map((r) => r.record),
        });
        if (!kept) for (const t of ["stage_rejects", "stage_scan"]) await c.run(`DROP TABLE IF EXISTS ${t}`);
      }
      if (!kept) {
        await c.run(`COPY (SELECT * FROM ${csv}) TO ${out} (${sourceCopy.RAW_PARQUET})`, { file });
        const sql = stagedSelect(layout, `read_parquet(${out}, file_row_number=true)`, { rec: "s.file_row_number", words: want.words });
        await c.run(`CREATE TEMP TABLE staged AS ${sql}`, { dataset });
      }
    } else {
      const source = jsonSource(layout as Layout & { read: { kind: "json" } }, gzip, await jsonObjectCap(file, gzip));
      const sql = stagedSelect(layout, source, { rec: "row_number() OVER () - 1", reason: `s.${SHAPE}`, keep: `s.${RECORD}`, words: want.words });
      await withoutMemoryLimit(c, () => c.run(`CREATE TEMP TABLE staged AS ${sql}`, { file, dataset }));
      await c.run(`COPY (SELECT ${RECORD}::VARCHAR AS ${RECORD} FROM staged ORDER BY rec) TO ${out} (${sourceCopy.RAW_PARQUET})`);
    }
  } catch (cause) {
    // Writing the raw file can fail for the machine's reasons; the store names those, not the input.
    if (isDiskFull(cause) || isPermissionDenied(cause)) throw cause;
    throw await readError(cause, file, layout, gzip);
  }
  const rel = kept ? kept.rows : `SELECT * FROM read_parquet(${out}, file_row_number=true)`;
  if (!kept) await c.run(`CREATE OR REPLACE TEMP VIEW raw_rows AS ${rawRowsSql(rel, await columnsOf(c, rel))}`);
  const counts = (await rows(c, `SELECT count(*) AS n, count(*) FILTER (WHERE skip) AS skipped FROM staged`))[0];
  const parseRejects = layout.read.kind === "csv" ? await parseRejectsOf(c, layout as Layout & { read: { kind: "csv" } }) : [];
  return {
    parsed: Number(counts?.n ?? 0),
    skipped: Number(counts?.skipped ?? 0),
    parseRejects,
    kept,
    rawJson: (recs) => (kept ? sourceCopy.withPage(kept.file, recs, (page) => rawJson(c, kept.rows, { raw: page }, recs)) : rawJson(c, rel, {}, recs)),
  };
}
