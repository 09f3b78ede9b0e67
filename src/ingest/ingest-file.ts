/**
 * One file into a store, all or nothing: unpack a zip, detect the layout (sources), hand the store a batch
 * whose preparation stages, checks and maps the file (prepare/), then write the quarantined rows beside the
 * store and return the accounting line: read = loaded + duplicates + quarantined, always.
 */
import { rmSync } from "node:fs";
import { loadRegistry, type Registry } from "../actors/index.ts";
import { allLayouts, detectLayout, type Layout } from "../sources/index.ts";
import type { InflateLimits } from "../sources/zip/index.ts";
import type { Store } from "../store/index.ts";
import { messages } from "../messages/index.ts";
import { writeRejectsFile } from "./rejects-file.ts";
import { dropPrepared, prepareFile, wordsSelect } from "./prepare/index.ts";
import { withPlainFile } from "./plain-file.ts";
import { newBatchId } from "./summary.ts";
import type { IngestRequest, IngestSummary } from "./types.ts";

export interface IngestDeps {
  /** Resolves side and country names to actor ids (default: the bundled registry). */
  registry?: Registry;
  /** Dates the batch and bounds plausible years (default: the system clock). */
  now?: () => Date;
  /** The layouts detection searches (default: every source's, for `now`). */
  layouts?: Layout[];
  /** Where quarantined rows are written (default: the store's rejectsDir). */
  rejectsDir?: string;
  /** Caps on what a .zip or .gz may unpack to, enforced while it streams (default: DEFAULT_INFLATE_LIMITS). */
  inflateLimits?: InflateLimits;
}

/**
 * Ingests `request.file` into `store`.
 *
 * @example
 * const summary = await ingestFile(store, { file: "ged191.csv.gz" }, { registry });
 */
export function ingestFile(store: Store, request: IngestRequest, deps: IngestDeps = {}): Promise<IngestSummary> {
  return withPlainFile(request, (plain) => ingestPlain(store, plain, deps), deps.inflateLimits);
}

async function ingestPlain(store: Store, req: IngestRequest, deps: IngestDeps): Promise<IngestSummary> {
  const name = req.displayName ?? req.file;
  const started = (deps.now ?? (() => new Date()))();
  const t0 = performance.now();
  const { layout, head } = await detectLayout(req.file, deps.layouts ?? allLayouts(started), req.dataset);
  const version = req.datasetVersion ?? layout.version;
  const batchId = newBatchId(layout.dataset, started);
  const registry = deps.registry ?? loadRegistry();
  // The rejects file is written before the store commits, so a batch is never in the store without it.
  let rejectsFile: string | undefined;
  let w;
  try {
    w = await store.writeBatch({
      record: { batchId, file: name, bytes: head.bytes, dataset: layout.dataset, datasetVersion: version, layout: layout.name, startedAt: started, living: layout.living !== undefined, words: wordsSelect(layout) },
      prepare: (c, rawFile, want) => prepareFile(c, req, { layout, head, version, batchId, inflateLimits: deps.inflateLimits }, registry, rawFile, want),
      prepared: async ({ rejects }) => {
        if (rejects.length > 0) rejectsFile = writeRejectsFile(deps.rejectsDir ?? store.rejectsDir, name, batchId, rejects, messages(req.lang ?? "en"));
      },
      release: dropPrepared,
      onProgress: req.onProgress,
    });
  } catch (e) {
    // The batch was not stored: a rejects file of it would list rows of nothing.
    if (rejectsFile) rmSync(rejectsFile, { force: true });
    throw e;
  }
  const seconds = (performance.now() - t0) / 1000;
  const living = w.updated !== undefined ? { updated: w.updated, removed: w.removed ?? 0 } : {};
  return { batchId, file: name, dataset: layout.dataset, layout: layout.name, read: w.read, loaded: w.loaded, duplicates: w.duplicates, quarantined: w.rejects.length, rejectsFile, seconds, ...living };
}
