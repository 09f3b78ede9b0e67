/**
 * Compaction: the raw rows of every batch kept as delivered (a copy of its CSV file and the record index,
 * shared/source-copy.ts) rewritten into a Parquet raw file, as a .gz file's are at ingest: the source's columns as
 * text, zstd-compressed, in record order, about a tenth of the disk. The ingest keeps a plain file as delivered
 * because that is the fastest way to keep it; this gives the disk back later, e.g. after a big load.
 *
 * Each batch is one step: the Parquet file is written from a page of all its records (read by the batch's own
 * `rows` SQL, so the same parser gives the same fields), checked against the copy (its count, and the records of
 * a sample spread over the file, field for field), then the batch is pointed at it in one transaction, and the
 * copy removed. A failure or a kill leaves each batch on one of its two files, whole; the other is an orphan the
 * next write removes (raw-rows.ts).
 */
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { StoreError } from "../../errors.ts";
import { sqlString } from "../../sql.ts";
import { rows, sourceCopy } from "../shared/index.ts";
import type { CompactReport } from "../store.ts";
import { removeOrphanRawFiles } from "./raw-rows.ts";

/** Records compared field for field between the copy and the Parquet file. */
const SAMPLES = 256;

const sizeOf = (f: string) => statSync(f, { throwIfNoEntry: false })?.size ?? 0;

/** The Parquet file's records `recs` equal the copy's, field for field, and it holds `n` records. */
async function sameRecords(c: DuckDBConnection, copy: string, rowsSql: string, parquet: string, n: number): Promise<boolean> {
  const held = Number((await rows(c, `SELECT count(*) AS n FROM read_parquet(${sqlString(parquet)})`))[0]?.n ?? -1);
  if (held !== n) return false;
  const recs = sourceCopy.spread(n, SAMPLES);
  if (recs.length === 0) return true;
  const fields = "file_row_number, * EXCLUDE (file_row_number)";
  const fromCopy = await sourceCopy.withPage(copy, recs, (page) => rows(c, `SELECT ${fields} FROM (${rowsSql}) ORDER BY file_row_number`, { raw: page }));
  const fromParquet = await rows(c, `SELECT ${fields} FROM read_parquet(${sqlString(parquet)}, file_row_number=true) WHERE file_row_number IN (${recs.join(", ")}) ORDER BY file_row_number`);
  return JSON.stringify(fromCopy) === JSON.stringify(fromParquet);
}

/** Rewrites one batch's copy into `<batch>.parquet`; returns the bytes before and after. */
async function compactBatch(c: DuckDBConnection, rawDir: string, b: Record<string, unknown>, commit: <T>(f: () => Promise<T>) => Promise<T>): Promise<[number, number]> {
  const batchId = String(b.batch_id);
  const copy = join(rawDir, String(b.raw_file));
  const name = `${String(b.raw_file).replace(/\.csv$/, "")}.parquet`;
  const parquet = join(rawDir, name);
  const rowsSql = String(b.rows_sql);
  // The words SQL the ingest made reads the page's rows, `(<rows SQL>)`; over the Parquet file it reads that file.
  const words = String(b.words_sql).split(`(${rowsSql})`).join("read_parquet($raw, file_row_number=true)");
  const fail = (why: string, cause?: unknown) =>
    new StoreError(`batch ${batchId} cannot be compacted: ${why}`, "nothing was changed for it; run compact again, or keep it as delivered", cause === undefined ? {} : { cause });
  if (words === String(b.words_sql)) throw fail("its words SQL does not read its rows SQL");
  try {
    const n = await sourceCopy.recordCount(copy);
    await sourceCopy.withPage(copy, "all", (page) => c.run(`COPY (SELECT * EXCLUDE (file_row_number) FROM (${rowsSql})) TO ${sqlString(parquet)} (${sourceCopy.RAW_PARQUET})`, { raw: page }));
    if (!(await sameRecords(c, copy, rowsSql, parquet, n))) throw fail("the Parquet file written does not hold the copy's records in order");
  } catch (e) {
    rmSync(parquet, { force: true });
    throw e instanceof StoreError ? e : fail(String((e as Error).message).split("\n")[0] ?? "", e);
  }
  const before = sizeOf(copy) + sizeOf(sourceCopy.indexPath(copy));
  await c.run("BEGIN TRANSACTION");
  try {
    await c.run(`UPDATE batches SET raw_file = $f, words_sql = $w, rows_sql = NULL WHERE batch_id = $b`, { f: name, w: words, b: batchId });
    await commit(async () => {
      await c.run("COMMIT");
      await sourceCopy.removeCopy(copy);
    });
  } catch (e) {
    await c.run("ROLLBACK").catch(() => undefined);
    rmSync(parquet, { force: true });
    throw e;
  }
  return [before, sizeOf(parquet)];
}

/** Compacts every batch kept as delivered, one at a time, oldest first. */
export async function compactRaw(c: DuckDBConnection, rawDir: string, commit: <T>(f: () => Promise<T>) => Promise<T>): Promise<CompactReport> {
  await removeOrphanRawFiles(c, rawDir);
  const kept = await rows(c, `SELECT batch_id, raw_file, words_sql, rows_sql FROM batches WHERE rows_sql IS NOT NULL AND raw_file IS NOT NULL ORDER BY started_at`);
  const report: CompactReport = { batches: 0, bytesBefore: 0, bytesAfter: 0 };
  for (const b of kept) {
    const [before, after] = await compactBatch(c, rawDir, b, commit);
    report.batches++;
    report.bytesBefore += before;
    report.bytesAfter += after;
  }
  return report;
}
