/**
 * The source's own rows, kept beside the store (`<store>.raw/`): a plain CSV file as delivered, with an index of
 * where each record starts (`<batch>.csv` and `.csv.idx`, shared/source-copy.ts; `batches.rows_sql` reads a page
 * of it); any other file's records as read, in one Parquet file (`<batch>.parquet`: the source's columns as text,
 * zstd-compressed, in file order; a JSON source's record in one column). Both are written by the ingest's single
 * read of the file (ingest/prepare/stage.ts).
 * An event points at its row by (batch_id, raw_rec = its record number); `batches.raw_file` names the file.
 * No row is stored again as JSON text. Stores written before this keep their rows in `raw_legacy` by event id.
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { StoreError } from "../../errors.ts";
import { rows, sourceCopy, type Row } from "../shared/index.ts";

/** The column a JSON source's record is kept in (ingest/prepare/json-source.ts). */
const RECORD = "__record";

/** The raw file of a batch, inside the store's raw folder. */
export function rawFileName(batchId: string): string {
  return `${batchId.replace(/[^A-Za-z0-9._-]/g, "_")}.parquet`;
}


export interface RawKey {
  id: string;
  batch_id: string;
  raw_rec: number | null;
}

/** A page's events of one batch, with where that batch keeps its raw rows and the SQL of its words. */
export interface BatchKeys {
  batchId: string;
  /** The batch's raw file (a path), or null for a batch stored before raw files. */
  rawFile: string | null;
  /** BatchRecord.words, or null for a batch stored before words were read from raw rows. */
  wordsSql: string | null;
  /** For a file kept as delivered: the SQL over a page of its records at `$raw` (RawKept.rows); else null. */
  rowsSql: string | null;
  /** For a file kept as delivered, once paged (withPages): the page file of the records its keys point at. */
  page?: string;
  keys: RawKey[];
}

/** The record numbers a batch's events point at (an event stored before raw files has none). */
export function recsOf(b: BatchKeys): number[] {
  return b.keys.map((k) => k.raw_rec).filter((r): r is number => r !== null && Number.isSafeInteger(r));
}

/** A batch's raw rows cannot be read (a store moved without its .raw folder): the store's failure, with its fix. */
function unreadable(b: BatchKeys, what: string, cause: unknown): StoreError {
  return new StoreError(`the ${what} of batch ${b.batchId} cannot be read from ${b.rawFile}: ${String((cause as Error).message).split("\n")[0]}`, "keep the store's .raw folder beside its file (copy both when moving a store)", { cause });
}

/**
 * Runs `read` with each batch kept as delivered paged once: the records its events point at, written to one page
 * file (shared/source-copy.ts) that its words and its raw rows are then both read from. The pages are removed after.
 */
export async function withPages<T>(batches: BatchKeys[], read: (paged: BatchKeys[]) => Promise<T>): Promise<T> {
  if (!batches.some((b) => b.rowsSql !== null && b.rawFile !== null)) return read(batches);
  const dir = await mkdtemp(join(tmpdir(), "resurgence-page-"));
  try {
    const paged: BatchKeys[] = [];
    for (const [i, b] of batches.entries()) {
      const recs = recsOf(b);
      if (b.rowsSql === null || b.rawFile === null || recs.length === 0) {
        paged.push(b);
        continue;
      }
      const page = join(dir, `${i}.csv`);
      await sourceCopy.writePage(b.rawFile, recs, page).catch((cause: unknown) => {
        throw unreadable(b, "raw rows", cause);
      });
      paged.push({ ...b, page });
    }
    return await read(paged);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The events grouped by batch, each with its batch's raw file and words SQL (null when the store has none): one query for the whole page. */
export async function batchesOf(c: DuckDBConnection, rawDir: string, events: RawKey[]): Promise<BatchKeys[]> {
  const byBatch = new Map<string, RawKey[]>();
  for (const e of events) {
    const keys = byBatch.get(e.batch_id);
    if (keys) keys.push(e);
    else byBatch.set(e.batch_id, [e]);
  }
  if (byBatch.size === 0) return [];
  const found = await rows(c, `SELECT batch_id, raw_file, words_sql, rows_sql FROM batches WHERE list_contains(from_json($b, '["VARCHAR"]'), batch_id)`, { b: JSON.stringify([...byBatch.keys()]) });
  const byId = new Map(found.map((b) => [String(b.batch_id), b]));
  return [...byBatch].map(([batchId, keys]) => {
    const b = byId.get(batchId);
    return {
      batchId,
      rawFile: b?.raw_file === null || b?.raw_file === undefined ? null : join(rawDir, String(b.raw_file)),
      wordsSql: b?.words_sql === null || b?.words_sql === undefined ? null : String(b.words_sql),
      rowsSql: b?.rows_sql === null || b?.rows_sql === undefined ? null : String(b.rows_sql),
      keys,
    };
  });
}

/**
 * Runs `sql` over a batch's raw rows, at `$raw`: the Parquet file itself, or the page of a file kept as delivered
 * (withPages). A file that cannot be read is the store's failure, named with its fix.
 */
export async function readRawFile(c: DuckDBConnection, b: BatchKeys & { rawFile: string }, what: string, sql: string): Promise<Row[]> {
  const at = b.rowsSql === null ? b.rawFile : b.page;
  if (at === undefined) throw new Error(`batch ${b.batchId} is kept as delivered: read it through withPages`);
  try {
    return await rows(c, sql, { raw: at });
  } catch (cause) {
    throw unreadable(b, what, cause);
  }
}

/** The raw source rows of the events of `batches` (batchesOf), by event id: as the source read them, field for field. */
export async function readRawRows(c: DuckDBConnection, batches: BatchKeys[]): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  const legacy: string[] = [];
  for (const b of batches) {
    const keys = b.keys.filter((k) => k.raw_rec !== null);
    legacy.push(...b.keys.filter((k) => k.raw_rec === null).map((k) => k.id));
    const recs = recsOf(b);
    if (recs.length === 0 || b.rawFile === null) continue;
    const rel = b.rowsSql ?? `SELECT * FROM read_parquet($raw, file_row_number=true)`;
    const found = await readRawFile(c, { ...b, rawFile: b.rawFile }, "raw rows", `SELECT * FROM (${rel}) WHERE file_row_number IN (${recs.join(", ")})`);
    const byRec = new Map(found.map(({ file_row_number: rec, ...fields }) => [Number(rec), fields]));
    for (const k of keys) {
      const fields = byRec.get(Number(k.raw_rec));
      if (!fields) continue;
      const keysOf = Object.keys(fields);
      out.set(k.id, keysOf.length === 1 && keysOf[0] === RECORD ? (JSON.parse(String(fields[RECORD])) as Record<string, unknown>) : fields);
    }
  }
  if (legacy.length > 0) {
    const found = await rows(c, `SELECT id, raw::VARCHAR AS raw FROM raw_legacy WHERE list_contains(from_json($ids, '["VARCHAR"]'), id)`, { ids: JSON.stringify(legacy) });
    for (const r of found) out.set(String(r.id), JSON.parse(String(r.raw)) as Record<string, unknown>);
  }
  return out;
}

/**
 * Removes raw files no batch names: what a process killed between writing a batch's raw file and its COMMIT (or
 * its clean-up) leaves. Called before a batch is written, when this store is the only writer.
 */
export async function removeOrphanRawFiles(c: DuckDBConnection, rawDir: string): Promise<void> {
  if (!existsSync(rawDir)) return;
  const named = new Set((await rows(c, `SELECT raw_file FROM batches WHERE raw_file IS NOT NULL`)).map((r) => String(r.raw_file)));
  for (const f of readdirSync(rawDir)) {
    const owner = f.endsWith(".idx") ? f.slice(0, -".idx".length) : f;
    if (/\.(parquet|csv)$/.test(owner) && !named.has(owner)) rmSync(join(rawDir, f), { force: true });
  }
}
