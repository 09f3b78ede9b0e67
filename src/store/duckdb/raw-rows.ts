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
import { rows } from "../shared/index.ts";
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

/** The raw source rows of `events`, by event id: as the source read them, field for field. */
export async function readRawRows(c: DuckDBConnection, rawDir: string, events: RawKey[]): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  const byBatch = new Map<string, RawKey[]>();
  const legacy: string[] = [];
  for (const e of events) {
    if (e.raw_rec === null) legacy.push(e.id);
    else {
      const keys = byBatch.get(e.batch_id);
      if (keys) keys.push(e);
      else byBatch.set(e.batch_id, [e]);
    }
  }
  if (byBatch.size > 0) {
    const files = await rows(c, `SELECT batch_id, raw_file FROM batches WHERE list_contains(from_json($b, '["VARCHAR"]'), batch_id)`, { b: JSON.stringify([...byBatch.keys()]) });
    for (const f of files) {
      const keys = byBatch.get(String(f.batch_id)) ?? [];
      const file = join(rawDir, String(f.raw_file));
      const recs = keys.map((k) => Number(k.raw_rec)).filter(Number.isSafeInteger);
      let found;
      try {
        found = await rows(c, `SELECT * FROM read_parquet(${sqlString(file)}, file_row_number=true) WHERE file_row_number IN (${recs.join(", ")})`);
      } catch (cause) {
        throw new StoreError(`the raw rows of batch ${String(f.batch_id)} cannot be read from ${file}: ${String((cause as Error).message).split("\n")[0]}`, "keep the store's .raw folder beside its file (copy both when moving a store)", { cause });
      }
      const byRec = new Map(found.map(({ file_row_number: rec, ...fields }) => [Number(rec), fields]));
      for (const k of keys) {
        const fields = byRec.get(Number(k.raw_rec));
        if (!fields) continue;
        const keysOf = Object.keys(fields);
        out.set(k.id, keysOf.length === 1 && keysOf[0] === RECORD ? (JSON.parse(String(fields[RECORD])) as Record<string, unknown>) : fields);
      }
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
