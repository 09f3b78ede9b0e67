/**
 * Staging: DuckDB reads the file (every column as VARCHAR) and, in the same pass, checks and maps each record
 * into the temporary table `staged`. CSV records it cannot parse (too many or too few columns, bad quoting,
 * invalid UTF-8) go to a rejects table with their record number.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Layout } from "../../sources/index.ts";
import { InputError } from "../../errors.ts";
import { stagedSelect } from "./map.ts";
import { rows } from "./rows.ts";

export interface Staged {
  /** Records DuckDB parsed (skipped metadata rows included). */
  parsed: number;
  /** Metadata rows (e.g. HDX's HXL tag row): not records, not counted as read. */
  skipped: number;
  /** Records DuckDB could not parse: 0-based data record index and DuckDB's message. */
  parseRejects: Array<{ record: number; reason: string; raw: string }>;
}

/** 64 MiB: a single field of 10 MB must still be read (and then quarantined or kept), not break the file. */
const MAX_LINE = 64 * 1024 * 1024;

function csvSource(layout: Layout & { read: { kind: "csv" } }): string {
  const names = layout.read.columns ? `, names=[${layout.read.columns.map((c) => `'${c}'`).join(", ")}]` : "";
  return `read_csv($file, header=${layout.read.header}, all_varchar=true,
    delim=$delim, quote=$quote, escape=$quote, store_rejects=true, rejects_table='stage_rejects', rejects_scan='stage_scan',
    max_line_size=${MAX_LINE}, strict_mode=true, null_padding=false, compression='auto', encoding='utf-8'${names})`;
}

/** Reads, checks and maps the file in one pass into the temp table `staged`. */
export async function stage(c: DuckDBConnection, file: string, layout: Layout, dataset: string): Promise<Staged> {
  for (const t of ["staged", "stage_rejects", "stage_scan"]) await c.run(`DROP TABLE IF EXISTS ${t}`);
  try {
    if (layout.read.kind === "csv") {
      const sql = stagedSelect(layout, csvSource(layout as Layout & { read: { kind: "csv" } }));
      await c.run(`CREATE TEMP TABLE staged AS ${sql}`, { file, delim: layout.read.delim, quote: layout.read.quote ?? '"', dataset });
    } else {
      const key = layout.read.arrayKey;
      const records = key
        ? `SELECT unnest("${key}", recursive := true) FROM read_json($file, format='auto', maximum_object_size=1073741824)`
        : `SELECT * FROM read_json($file, format='auto', maximum_object_size=1073741824)`;
      const sql = stagedSelect(layout, `(SELECT COLUMNS(*)::VARCHAR FROM (${records}))`);
      await c.run(`CREATE TEMP TABLE staged AS ${sql}`, { file, dataset });
    }
  } catch (cause) {
    const msg = String((cause as Error).message ?? cause).split("\n")[0] ?? "";
    throw new InputError(`cannot be read as ${layout.description}: ${msg}`, { file }, "check that the file is complete and in the layout its header claims", { cause });
  }
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
        seen.set(record, { record, reason: `${String(r.error_type).toLowerCase()}: ${String(r.error_message).split("\n")[0]}`, raw: String(r.csv_line ?? "") });
      }
    }
    parseRejects = [...seen.values()];
  }
  return { parsed, skipped, parseRejects };
}
