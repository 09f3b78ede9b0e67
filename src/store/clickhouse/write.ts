/**
 * One batch written into ClickHouse. The ingest's preparation (../batch.ts: the same code and SQL whichever
 * store) runs on an in-memory DuckDB; the first valid row of each id is written by DuckDB to temporary CSV
 * files of bounded size, a slice of the rows each (export.ts), and sent as they are written, one insert per file
 * and per node at a time (send.ts), into this batch's staging table; the rows are then published shard-locally
 * skipping ids already present (staging.ts), and the batch and its rejects are recorded last.
 *
 * The guarantee, stated honestly: a write that throws leaves events, batches and rejects as they were
 * (before publishing nothing visible has changed; after it, the batch's rows are deleted by batch id and the
 * delete is awaited). It is not isolated: between the first and the last shard's publish, or while a batch is
 * undone, readers can see part of it, and a process killed in that window leaves the published part without a
 * batch record. Living datasets are loaded as any other: no revision replaces an event here.
 * One batch at a time per store. read = loaded + duplicates + quarantined, always.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { createReadStream, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BatchSource, BatchWritten } from "../batch.ts";
import { defaultMemoryLimit, spanRows, withProgress } from "../shared/index.ts";
import { EVENT_COLUMNS, type Topology } from "./migrations.ts";
import { numberNewEvents, writeSlice } from "./export.ts";
import type { ChNode } from "./node.ts";
import { ident } from "./quote.ts";
import { sendAsWritten, type SliceSizes } from "./send.ts";
import { Staging } from "./staging.ts";

export interface ChWriteDeps {
  now: () => Date;
  topology: Topology;
  nodes: ChNode[];
}

/**
 * Inserts at once: one per node, and two on a single node, so an unpinned server parses on two cores. Each insert
 * is a file of at most about 128 MB (some 100,000 GED events), so it finishes in seconds, far inside any timeout,
 * and makes one part per shard.
 */
const MIN_CONCURRENT_INSERTS = 2;
const SLICE_BYTES = 128 << 20;

/**
 * Slice files small beside the source too: at most sinks + 2 exist at once (send.ts), so with each at most the
 * source's size over that number, the export's temp space stays under the source's size. The first slice guesses
 * 2 kB a row; the next ones are sized from what it took.
 */
function sliceSizes(sourceBytes: number, sinks: number): SliceSizes {
  const sliceBytes = Math.max(1 << 20, Math.min(SLICE_BYTES, Math.floor(sourceBytes / (sinks + 2))));
  return { firstRows: Math.max(1000, Math.floor(sliceBytes / 2048)), sliceBytes };
}

export async function writeToClickHouse(batch: BatchSource, deps: ChWriteDeps): Promise<BatchWritten> {
  const r = batch.record;
  const batchId = r.batchId;
  const exportDir = mkdtempSync(join(tmpdir(), "resurgence-ch-"));
  // Staging is bounded like the DuckDB store's ingest: past a quarter of the machine's memory it spills to disk.
  // (DuckDB's store measured 10M rows 2.3 times slower with 1 GB than with 4 GB: store/shared/memory.ts.)
  const instance = await DuckDBInstance.create(":memory:", { memory_limit: defaultMemoryLimit(), temp_directory: join(exportDir, "spill") });
  const c = await instance.connect();
  const staging = new Staging(deps.topology, deps.nodes, batchId);
  const first = deps.nodes[0]!;
  const db = ident(deps.topology.database);
  let published = false;
  let recorded = false;
  try {
    // The raw rows go to ClickHouse as JSON with their events; the batch's raw file is only a staging step here.
    const prepared = await batch.prepare(c, join(exportDir, "raw.parquet"), { words: true });
    const { read, valid, rejects } = prepared;
    await batch.prepared?.(prepared);
    const loaded = await withProgress(c, "storing", 0.9, 0.1, batch.onProgress, async () => {
      await staging.create();
      const dir = join(exportDir, "events");
      mkdirSync(dir);
      const nodes = deps.nodes;
      const columns = EVENT_COLUMNS.map(([n]) => n);
      const sinks = Array.from({ length: Math.max(nodes.length, MIN_CONCURRENT_INSERTS) }, (_, i) => {
        const node = nodes[i % nodes.length]!;
        return (file: string) => node.insertCsv(staging.insertTable, columns, createReadStream(file), staging.insertSettings);
      });
      const write = async (lo: number, hi: number) => {
        const file = join(dir, `${lo}.csv`);
        return { file, bytes: await writeSlice(c, file, lo, hi) };
      };
      await sendAsWritten(await numberNewEvents(c), write, sinks, sliceSizes(r.bytes, sinks.length));
      published = true;
      return staging.publish(batchId);
    });
    const duplicates = valid - loaded;
    await first.insertRows(`${db}.rejects`, rejects.map((r) => ({ ...r })), staging.insertSettings);
    const spans = spanRows(r, prepared.spans);
    await first.insertRows(`${db}.coverage_spans`, spans.map((s) => ({ ...s, declared: s.declared ? 1 : 0 })), staging.insertSettings);
    const finished = deps.now();
    const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
    await first.insertRows(
      `${db}.batches`,
      [{
        batch_id: batchId, file: r.file, file_bytes: r.bytes, dataset: r.dataset, dataset_version: r.datasetVersion, layout: r.layout,
        started_at: iso(r.startedAt), finished_at: iso(finished), rows_read: read, loaded, duplicates, quarantined: rejects.length,
      }],
      staging.insertSettings,
    );
    recorded = true;
    return { read, loaded, duplicates, rejects };
  } catch (e) {
    if (published && !recorded) await staging.undo(batchId);
    throw e;
  } finally {
    await staging.drop();
    await batch.release(c);
    c.closeSync();
    instance.closeSync();
    rmSync(exportDir, { recursive: true, force: true });
  }
}
