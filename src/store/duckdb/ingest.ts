/**
 * One file's ingest into DuckDB, all or nothing: stage, resolve names, classify, insert, record the batch and
 * its rejects, in one transaction. A failure (or a killed process) leaves the store as it was.
 * The accounting always holds: read = loaded + duplicates + quarantined.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Registry } from "../../actors/index.ts";
import { InputError } from "../../errors.ts";
import { keptToAbsolute, newBatchId, recordLines, resolveNames, writeRejectsFile } from "../../ingest/index.ts";
import { detectLayout, type Layout } from "../../sources/index.ts";
import type { IngestRequest, IngestSummary } from "../ingest-types.ts";
import type { RejectRow } from "../store.ts";
import { classify, distinctNames, insertNew, loadResolutions } from "./map.ts";
import { rows } from "./rows.ts";
import { stage } from "./stage.ts";

export interface IngestDeps {
  layouts: Layout[];
  registry: Registry;
  now: () => Date;
  rejectsDir: string;
}

async function withProgress<T>(c: DuckDBConnection, label: string, base: number, span: number, req: IngestRequest, work: () => Promise<T>): Promise<T> {
  if (!req.onProgress) return work();
  req.onProgress(base, label);
  const timer = setInterval(() => {
    const p = c.progress.percentage;
    if (p >= 0) req.onProgress?.(base + (span * p) / 100, label);
  }, 150);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    req.onProgress(base + span, label);
  }
}

async function lineNumbers(file: string, gzip: boolean, layout: Layout, kept: number[], parseRejects: number[]): Promise<Map<number, number>> {
  if (layout.read.kind === "json") return new Map(kept.map((k) => [k, k + 1]));
  const headerLines = layout.read.header ? 1 : 0;
  const abs = kept.map((k) => keptToAbsolute(k, parseRejects));
  const lines = await recordLines(file, gzip, [...abs, ...parseRejects], headerLines);
  const out = new Map<number, number>();
  kept.forEach((k, i) => out.set(k, lines.get(abs[i] ?? -1) ?? -1));
  for (const r of parseRejects) out.set(-1 - r, lines.get(r) ?? -1);
  return out;
}

export async function ingestFile(c: DuckDBConnection, req: IngestRequest, deps: IngestDeps): Promise<IngestSummary> {
  const started = deps.now();
  const t0 = performance.now();
  const { layout, head } = await detectLayout(req.file, deps.layouts, req.dataset);
  const version = req.datasetVersion ?? layout.version;
  const batchId = newBatchId(layout.dataset, started);
  await c.run("BEGIN TRANSACTION");
  try {
    const staged = await withProgress(c, "reading", 0, 0.6, req, () => stage(c, req.file, layout));
    const skipped = layout.skipWhen ? Number((await rows(c, `SELECT count(*) AS n FROM stage_raw s WHERE COALESCE(${layout.skipWhen}, false)`))[0]?.n ?? 0) : 0;
    const names = await distinctNames(c, layout);
    await loadResolutions(c, resolveNames(deps.registry, names.sides, names.countries));
    await withProgress(c, "mapping", 0.6, 0.3, req, () => classify(c, layout, { dataset: layout.dataset, version, batchId }));
    const bad = await rows(c, `SELECT rec, reason, raw::VARCHAR AS raw FROM mapped WHERE reason IS NOT NULL ORDER BY rec`);
    const read = staged.parsed - skipped + staged.parseRejects.length;
    if (read === 0) throw new InputError("has a header but no rows", { file: req.file, line: 1 }, "export the data again with its rows");
    const loaded = await withProgress(c, "storing", 0.9, 0.1, req, () => insertNew(c));
    const valid = staged.parsed - skipped - bad.length;
    const duplicates = valid - loaded;
    const rejectedRecords = staged.parseRejects.map((r) => r.record);
    const lines = await lineNumbers(req.file, head.gzip, layout, bad.map((b) => Number(b.rec)), rejectedRecords);
    const rejects: RejectRow[] = [
      ...staged.parseRejects.map((r) => ({ batch_id: batchId, file: req.file, line: lines.get(-1 - r.record) ?? -1, reason: r.reason, raw: r.raw })),
      ...bad.map((b) => ({ batch_id: batchId, file: req.file, line: lines.get(Number(b.rec)) ?? -1, reason: String(b.reason), raw: String(b.raw) })),
    ].sort((a, b) => a.line - b.line);
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
        b: batchId, f: req.file, bytes: head.bytes, d: layout.dataset, v: version, l: layout.name,
        s: started.toISOString(), e: deps.now().toISOString(), read, loaded, dup: duplicates, q: rejects.length,
      },
    );
    await c.run("COMMIT");
    const rejectsFile = rejects.length > 0 ? writeRejectsFile(deps.rejectsDir, req.file, batchId, rejects) : undefined;
    return { batchId, file: req.file, dataset: layout.dataset, layout: layout.name, read, loaded, duplicates, quarantined: rejects.length, rejectsFile, seconds };
  } catch (e) {
    await c.run("ROLLBACK");
    throw e;
  } finally {
    for (const t of ["stage_raw", "stage_rejects", "stage_scan", "mapped", "side_map", "country_map"]) await c.run(`DROP TABLE IF EXISTS ${t}`).catch(() => undefined);
  }
}
