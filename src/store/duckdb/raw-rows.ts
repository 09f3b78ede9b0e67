/**
 * The source's own rows, kept columnar beside the store: each batch's records as read, in one Parquet file
 * (`<store>.raw/<batch>.parquet`: the source's columns as text, zstd-compressed, in file order; a JSON
 * source's record in one column), written by the ingest's single read of the file (ingest/prepare/stage.ts).
 * An event points at its row by (batch_id, raw_rec = its record number); `batches.raw_file` names the file.
 * No row is stored again as JSON text. Stores written before this keep their rows in `raw_legacy` by event id.
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { StoreError } from "../../errors.ts";
import { rows, type Row } from "../shared/index.ts";
import { sqlString } from "../../sql.ts";

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
  keys: RawKey[];
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
  const found = await rows(c, `SELECT batch_id, raw_file, words_sql FROM batches WHERE list_contains(from_json($b, '["VARCHAR"]'), batch_id)`, { b: JSON.stringify([...byBatch.keys()]) });
  const byId = new Map(found.map((b) => [String(b.batch_id), b]));
  return [...byBatch].map(([batchId, keys]) => {
    const b = byId.get(batchId);
    return {
      batchId,
      rawFile: b?.raw_file === null || b?.raw_file === undefined ? null : join(rawDir, String(b.raw_file)),
      wordsSql: b?.words_sql === null || b?.words_sql === undefined ? null : String(b.words_sql),
      keys,
    };
  });
}

/** Runs `sql` over a batch's raw file; a file that cannot be read is the store's failure, named with its fix. */
export async function readRawFile(c: DuckDBConnection, b: BatchKeys & { rawFile: string }, what: string, sql: string, params?: Record<string, string>): Promise<Row[]> {
  try {
    return await rows(c, sql, params);
  } catch (cause) {
    throw new StoreError(`the ${what} of batch ${b.batchId} cannot be read from ${b.rawFile}: ${String((cause as Error).message).split("\n")[0]}`, "keep the store's .raw folder beside its file (copy both when moving a store)", { cause });
  }
}

/** The raw source rows of `events`, by event id: as the source read them, field for field. */
export async function readRawRows(c: DuckDBConnection, rawDir: string, events: RawKey[], batches?: BatchKeys[]): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  const legacy: string[] = [];
  for (const b of batches ?? (await batchesOf(c, rawDir, events))) {
    const keys = b.keys.filter((k) => k.raw_rec !== null);
    legacy.push(...b.keys.filter((k) => k.raw_rec === null).map((k) => k.id));
    if (keys.length === 0 || b.rawFile === null) continue;
    const recs = keys.map((k) => Number(k.raw_rec)).filter(Number.isSafeInteger);
    const found = await readRawFile(c, { ...b, rawFile: b.rawFile }, "raw rows", `SELECT * FROM read_parquet(${sqlString(b.rawFile)}, file_row_number=true) WHERE file_row_number IN (${recs.join(", ")})`);
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
  for (const f of readdirSync(rawDir)) if (f.endsWith(".parquet") && !named.has(f)) rmSync(join(rawDir, f), { force: true });
}
