/**
 * One batch written into DuckDB, all or nothing: the ingest's preparation fills `mapped` on this connection
 * (../batch.ts), then living changes, the new events, the batch and its rejects go in, in one transaction. A
 * failure (or a killed process) leaves the store as it was. read = loaded + duplicates + quarantined, always.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { BatchSource, BatchWritten } from "../batch.ts";
import { FIRST_VALID, spanRows, PRECISION_RANK, rows, withProgress } from "../shared/index.ts";
import { words } from "../../messages/words.ts";
import { isResurgenceError } from "../../errors.ts";
import { isDiskFull, isPermissionDenied, storeFailure } from "./failure.ts";
import { applyLivingChanges } from "./living.ts";
import { rawFileName, removeOrphanRawFiles } from "./raw-rows.ts";
import { mkdirSync } from "node:fs";
import { rm } from "node:fs/promises";
import { basename, join } from "node:path";
import type { RawKept } from "../batch.ts";
import { sourceCopy } from "../shared/index.ts";

export interface WriteDeps {
  now: () => Date;
  /** The folder the store keeps its batches' raw files in (raw-rows.ts). */
  rawDir: string;
  /** Runs the COMMIT; the store passes its CommitGate so reads never overlap it (commit-gate.ts). */
  commit?: <T>(f: () => Promise<T>) => Promise<T>;
}

/** What the events table keeps of a mapped row: what questions filter and count on; the words stay in the raw row. */
const EVENT_COLUMNS = `id, dataset, dataset_version, date_start, date_end, date_precision, date_precision_rank,
  country_iso3, admin1, latitude, longitude, place_precision, side_a_actor_ids, side_b_actor_ids, perpetrator_actor_ids,
  target_actor_ids, violence_type, deaths_best, deaths_low, deaths_high, source_count, batch_id, source_version, raw_rec`;
const EVENT_SELECT = EVENT_COLUMNS.replace("date_precision_rank", `${PRECISION_RANK} AS date_precision_rank`).replace("raw_rec", "rec AS raw_rec");

/**
 * Inserts the valid, new events of `mapped` (their raw rows stay in the batch's raw file); returns how many.
 * Which records are new is decided on narrow keys first. When the store holds none of the file's ids and no id
 * occurs twice in the file (the usual case), every valid row is new and is written in one pass, with no join.
 * Otherwise the new records are the first valid copy of each id in the file, less the ids the store holds
 * (found by probing the store's ids with the file's, so a big store is scanned, not hashed).
 */
async function insertNew(c: DuckDBConnection, valid: number): Promise<number> {
  await c.run(`CREATE OR REPLACE TEMP TABLE held_ids AS SELECT e.id FROM events e WHERE e.id IN (SELECT id FROM staged)`);
  try {
    // Distinct hashes mean distinct ids, and hashes cost less to group than strings; a collision only sends the file
    // the slow, exact way.
    const clash = (await rows(c, `SELECT (SELECT count(*) FROM held_ids) + (SELECT count(id) - count(DISTINCT hash(id)) FILTER (WHERE id IS NOT NULL) FROM staged) AS n`))[0]?.n;
    if (Number(clash ?? 0) === 0) {
      await c.run(`INSERT INTO events (${EVENT_COLUMNS}) SELECT ${EVENT_SELECT} FROM mapped WHERE reason IS NULL`);
      return valid;
    }
    await c.run(`CREATE OR REPLACE TEMP TABLE new_recs AS SELECT m.rec FROM (${FIRST_VALID}) m WHERE NOT EXISTS (SELECT 1 FROM held_ids h WHERE h.id = m.id)`);
    const fresh = Number((await rows(c, `SELECT count(*) AS n FROM new_recs`))[0]?.n ?? 0);
    if (fresh > 0) await c.run(`INSERT INTO events (${EVENT_COLUMNS}) SELECT ${EVENT_SELECT} FROM mapped WHERE rec IN (SELECT rec FROM new_recs)`);
    await c.run(`DROP TABLE new_recs`);
    return fresh;
  } finally {
    await c.run(`DROP TABLE IF EXISTS held_ids`);
  }
}

export async function writeBatch(c: DuckDBConnection, batch: BatchSource, deps: WriteDeps): Promise<BatchWritten> {
  const r = batch.record;
  const rawFile = join(deps.rawDir, rawFileName(r.batchId));
  await removeOrphanRawFiles(c, deps.rawDir);
  // The file as delivered, when the preparation kept it so (shared/source-copy.ts), else the Parquet raw file.
  let kept: RawKept | undefined;
  const dropRaw = async () => {
    await rm(rawFile, { force: true });
    await sourceCopy.removeCopy(sourceCopy.sourceCopyPath(rawFile));
  };
  let began = false;
  try {
    mkdirSync(deps.rawDir, { recursive: true });
    // The preparation only makes this connection's temp tables and the raw file: it runs before the transaction,
    // so the events are written from committed temp data rather than from the transaction's own (slower to read).
    const prepared = await batch.prepare(c, rawFile, { words: false, source: true });
    kept = prepared.raw;
    const { read, valid, rejects } = prepared;
    await batch.prepared?.(prepared);
    await c.run("BEGIN TRANSACTION");
    began = true;
    const living = r.living ? await applyLivingChanges(c, r.dataset) : undefined;
    const loaded = await withProgress(c, "storing", 0.7, 0.3, batch.onProgress, () => insertNew(c, valid));
    // A batch that loaded nothing needs none of its raw rows.
    const keepRaw = loaded > 0;
    const duplicates = valid - loaded;
    if (rejects.length > 0) {
      await c.run(
        `INSERT INTO rejects SELECT j->>'batch_id', j->>'file', (j->>'line')::BIGINT, j->>'reason', j->>'raw' FROM (SELECT unnest(from_json($p, '["JSON"]')) AS j)`,
        { p: JSON.stringify(rejects) },
      );
    }
    const spans = spanRows(r, prepared.spans);
    if (spans.length > 0) {
      await c.run(
        `INSERT INTO coverage_spans SELECT j->>'batch_id', j->>'dataset', j->>'dataset_version', j->>'country_iso3',
           (j->>'first_date')::DATE, (j->>'last_date')::DATE, (j->>'declared')::BOOLEAN FROM (SELECT unnest(from_json($p, '["JSON"]')) AS j)`,
        { p: JSON.stringify(spans) },
      );
    }
    await c.run(
      `INSERT INTO batches VALUES ($b, $f, $bytes, $d, $v, $l, $s::TIMESTAMP, $e::TIMESTAMP, $read, $loaded, $dup, $q, $raw, $words, $rows)`,
      {
        b: r.batchId, f: r.file, bytes: r.bytes, d: r.dataset, v: r.datasetVersion, l: r.layout,
        s: r.startedAt.toISOString(), e: deps.now().toISOString(), read, loaded, dup: duplicates, q: rejects.length,
        raw: keepRaw ? basename(kept?.file ?? rawFile) : null, words: keepRaw ? (kept?.words ?? r.words) : null, rows: keepRaw ? (kept?.rows ?? null) : null,
      },
    );
    await (deps.commit ?? ((f) => f()))(() => c.run("COMMIT"));
    if (!keepRaw) await dropRaw();
    return { read, loaded, duplicates, rejects, ...living };
  } catch (e) {
    // A COMMIT that failed (a full disk) has already ended the transaction: ROLLBACK would throw "no transaction
    // is active" and hide why. Either way the store is as it was; the cause is what the user must hear.
    if (began) await c.run("ROLLBACK").catch(() => undefined);
    await dropRaw();
    // A full disk or a denied write is the machine's state, named for the user; anything else unknown stays a bug.
    if (!isResurgenceError(e) && (isDiskFull(e) || isPermissionDenied(e))) throw storeFailure(e, words("cannotWriteBatch", r.file));
    throw e;
  } finally {
    await batch.release(c);
  }
}
