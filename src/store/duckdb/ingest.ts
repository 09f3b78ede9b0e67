/**
 * One file's ingest into DuckDB, all or nothing: stage, resolve names, classify (prepare.ts), insert, record
 * the batch and its rejects, in one transaction. A failure (or a killed process) leaves the store as it was.
 * The accounting always holds: read = loaded + duplicates + quarantined.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Registry } from "../../actors/index.ts";
import { newBatchId, withPlainFile, writeRejectsFile } from "../../ingest/index.ts";
import { detectLayout, type Layout } from "../../sources/index.ts";
import type { IngestRequest, IngestSummary } from "../ingest-types.ts";
import { applyLivingChanges } from "./living.ts";
import { insertNew } from "./map.ts";
import { dropPrepared, prepareFile, withProgress } from "./prepare.ts";

export interface IngestDeps {
  layouts: Layout[];
  registry: Registry;
  now: () => Date;
  rejectsDir: string;
  /** Runs the COMMIT; the store passes its CommitGate so reads never overlap it (commit-gate.ts). */
  commit?: <T>(f: () => Promise<T>) => Promise<T>;
}

export function ingestFile(c: DuckDBConnection, req: IngestRequest, deps: IngestDeps): Promise<IngestSummary> {
  return withPlainFile(req, (plain) => ingestPlain(c, plain, deps));
}

async function ingestPlain(c: DuckDBConnection, req: IngestRequest, deps: IngestDeps): Promise<IngestSummary> {
  const name = req.displayName ?? req.file;
  const started = deps.now();
  const t0 = performance.now();
  const { layout, head } = await detectLayout(req.file, deps.layouts, req.dataset);
  const version = req.datasetVersion ?? layout.version;
  const batchId = newBatchId(layout.dataset, started);
  await c.run("BEGIN TRANSACTION");
  try {
    const { read, valid, rejects } = await prepareFile(c, req, { layout, head, version, batchId }, deps.registry);
    const living = layout.living ? await applyLivingChanges(c, layout.dataset) : undefined;
    const loaded = await withProgress(c, "storing", 0.7, 0.3, req, () => insertNew(c));
    const duplicates = valid - loaded;
    if (rejects.length > 0) {
      await c.run(
        `INSERT INTO rejects SELECT j->>'batch_id', j->>'file', (j->>'line')::BIGINT, j->>'reason', j->>'raw' FROM (SELECT unnest(from_json($p, '["JSON"]')) AS j)`,
        { p: JSON.stringify(rejects) },
      );
    }
    const seconds = (performance.now() - t0) / 1000;
    await c.run(
      `INSERT INTO batches VALUES ($b, $f, $bytes, $d, $v, $l, $s::TIMESTAMP, $e::TIMESTAMP, $read, $loaded, $dup, $q)`,
      {
        b: batchId, f: name, bytes: head.bytes, d: layout.dataset, v: version, l: layout.name,
        s: started.toISOString(), e: deps.now().toISOString(), read, loaded, dup: duplicates, q: rejects.length,
      },
    );
    await (deps.commit ?? ((f) => f()))(() => c.run("COMMIT"));
    const rejectsFile = rejects.length > 0 ? writeRejectsFile(deps.rejectsDir, name, batchId, rejects) : undefined;
    return { batchId, file: name, dataset: layout.dataset, layout: layout.name, read, loaded, duplicates, quarantined: rejects.length, rejectsFile, seconds, ...living };
  } catch (e) {
    await c.run("ROLLBACK");
    throw e;
  } finally {
    await dropPrepared(c);
  }
}
