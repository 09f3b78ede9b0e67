/**
 * Staging a plain CSV file for a store that keeps the file as delivered (store/shared/source-copy.ts): DuckDB
 * reads, checks and maps the file into `staged` in one pass while the file is copied and a quote-aware scan finds
 * where each row starts. No record is written twice, so this costs about what DuckDB's own read of the file costs.
 *
 * A record's number is its position in `staged`, which DuckDB keeps in file order when nothing in the pass
 * reorders rows: its rewrite of long IN lists into joins would, so it is off during the pass. That the numbers
 * and the index agree is then checked, not assumed: the record count, and the ids of records spread over the
 * whole file read back through the index. When they disagree (a file whose rows DuckDB splits otherwise than
 * the scan does), the file is staged the other way, through a Parquet raw file (stage.ts): slower, never wrong.
 */
import { copyFile, rm } from "node:fs/promises";
import { constants } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Layout } from "../../sources/index.ts";
import { rows, sourceCopy, type RawKept } from "../../store/index.ts";
import { sqlIdent, sqlString } from "../../sql.ts";
import { keptStarts, scanRowStarts } from "../record-starts.ts";
import { stagedSelect } from "./map.ts";
import { wordsSelect } from "./words.ts";

type CsvLayout = Layout & { read: { kind: "csv" } };

/** Records whose ids are read back through the index: enough that any block DuckDB put out of order shows. */
const SAMPLES = 512;

/** The batch's rows, read from a page file at `$raw`: its record number as `file_row_number`, then the source's columns. */
export function pageRows(layout: CsvLayout, readOptions: string): string {
  const rec = sqlIdent(sourceCopy.PAGE_REC);
  const names = layout.read.columns ? `, names=[${[sourceCopy.PAGE_REC, ...layout.read.columns].map(sqlString).join(", ")}]` : "";
  return `SELECT ${rec}::BIGINT AS file_row_number, * EXCLUDE (${rec}) FROM read_csv($raw, header=${layout.read.header}, ${readOptions}${names})`;
}

/**
 * True when the ids of records `recs` read through the copy's index are the ids `staged` holds for them. A page
 * DuckDB cannot read (a record the scan split otherwise) is a disagreement too: the caller then stages the file
 * the other way, so nothing is lost.
 */
async function agrees(c: DuckDBConnection, layout: CsvLayout, copy: string, rowsSql: string, dataset: string, recs: number[]): Promise<boolean> {
  if (recs.length === 0) return true;
  const sql = `SELECT s.file_row_number AS rec, $dataset || ':' || ${layout.mapping.source_event_id} AS id FROM (${rowsSql}) s`;
  const back = await sourceCopy.withPage(copy, recs, (page) => rows(c, sql, { raw: page, dataset })).catch(() => undefined);
  if (!back) return false;
  const held = await rows(c, `SELECT rec, id FROM staged WHERE rec IN (${recs.join(", ")})`);
  const byRec = new Map(held.map((r) => [Number(r.rec), r.id === null ? null : String(r.id)]));
  return back.length === recs.length && back.every((r) => byRec.has(Number(r.rec)) && byRec.get(Number(r.rec)) === (r.id === null ? null : String(r.id)));
}

export interface SourceStaging {
  /** The read_csv options the ingest reads the file with (stage.ts), less the header and the names. */
  readOptions: string;
  /** The whole file's reader: read_csv over `$file` with those options. */
  source: string;
  params: Record<string, string>;
  /** DuckDB's parse rejects, read once `staged` exists: their row numbers in its rejects numbering. */
  rejectedRows: () => Promise<number[]>;
}

/**
 * Stages `file` into `staged` and keeps it as delivered beside `rawFile`'s place; undefined (and nothing left
 * behind) when the record numbers and the index disagree, for the caller to stage it through Parquet instead.
 */
export async function stageFromSource(c: DuckDBConnection, file: string, layout: CsvLayout, rawFile: string, words: boolean, s: SourceStaging): Promise<RawKept | undefined> {
  const copy = sourceCopy.sourceCopyPath(rawFile);
  const headerLines = layout.read.header ? 1 : 0;
  const quote = layout.read.quote ?? '"';
  await c.run(`SET disabled_optimizers = 'in_clause'`);
  let scanned;
  try {
    const passes = await Promise.allSettled([
      scanRowStarts(file, headerLines, quote),
      copyFile(file, copy, constants.COPYFILE_FICLONE),
      c.run(`CREATE TEMP TABLE staged_rows AS ${stagedSelect(layout, s.source, { rec: "0::BIGINT", words })}`, s.params),
    ]);
    const failed = passes.find((p) => p.status === "rejected");
    if (failed) {
      await rm(copy, { force: true });
      throw (failed as PromiseRejectedResult).reason;
    }
    scanned = (passes[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof scanRowStarts>>>).value;
  } finally {
    await c.run(`RESET disabled_optimizers`);
  }
  await c.run(`CREATE TEMP VIEW staged AS SELECT * REPLACE (rowid AS rec) FROM staged_rows`);
  const starts = keptStarts(scanned, await s.rejectedRows());
  const rowsSql = pageRows(layout, s.readOptions);
  await sourceCopy.writeRecordIndex(copy, { headerEnd: scanned.headerEnd, quote, delim: layout.read.delim, starts });
  const parsed = Number((await rows(c, `SELECT count(*) AS n FROM staged`))[0]?.n ?? 0);
  if (parsed === starts.length && (await agrees(c, layout, copy, rowsSql, s.params.dataset ?? "", sourceCopy.spread(parsed, SAMPLES)))) {
    return { file: copy, rows: rowsSql, words: wordsSelect(layout, `(${rowsSql})`) };
  }
  await c.run(`DROP VIEW staged`);
  await c.run(`DROP TABLE staged_rows`);
  await sourceCopy.removeCopy(copy);
  return undefined;
}
