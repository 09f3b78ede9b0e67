/**
 * The store-neutral half of an ingest: stage the file with DuckDB's readers, resolve names, classify every row
 * (quarantine reason or canonical event) into the temp view `mapped`, and account for the rejects with their
 * physical lines. It runs on the connection a store hands it (store/batch.ts): the DuckDB store's own, or an
 * in-memory one the ClickHouse store streams from. Nothing here writes to the store's own tables.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Registry } from "../../actors/index.ts";
import { inputError, words } from "../../messages/words.ts";
import { releaseSpan, type Layout } from "../../sources/index.ts";
import type { InflateLimits } from "../../sources/zip/index.ts";
import { rows, withProgress, type PreparedRows, type PrepareWants, type RejectRow } from "../../store/index.ts";
import { fileSpans } from "../spans.ts";
import { checkWholeGzip } from "../gzip-check.ts";
import { scanLines } from "../lines.ts";
import { resolveNames } from "../resolution.ts";
import type { IngestRequest } from "../types.ts";
import { classify, distinctNames, loadResolutions } from "./map.ts";
import { stage } from "./stage.ts";

/** The temp tables a preparation leaves behind; drop them when done. */
const PREPARED_TABLES = ["staged", "staged_rows", "stage_rejects", "stage_scan", "side_map", "country_map"];

export interface PrepareTarget {
  layout: Layout;
  head: { gzip: boolean };
  version: string;
  batchId: string;
  /** Caps on what a .gz file may unpack to (default: DEFAULT_INFLATE_LIMITS). */
  inflateLimits?: InflateLimits;
}

/** Start lines of kept records (by ordinal) and, at -1 - row, of the rows DuckDB rejected. */
async function lineNumbers(file: string, gzip: boolean, layout: Layout, kept: number[], parseRejects: number[]): Promise<Map<number, number>> {
  if (layout.read.kind === "json") return new Map(kept.map((k) => [k, k + 1]));
  const headerLines = layout.read.header ? 1 : 0;
  const { byRow, byKept } = await scanLines(file, gzip, headerLines, layout.read.quote ?? '"', parseRejects, kept);
  const out = new Map<number, number>();
  for (const k of kept) out.set(k, byKept.get(k) ?? -1);
  for (const r of parseRejects) out.set(-1 - r, byRow.get(r) ?? -1);
  return out;
}

/** Stages, checks and maps `req.file` into `mapped` on `c` (progress 0..0.7). The caller owns any transaction. */
export async function prepareFile(c: DuckDBConnection, req: IngestRequest, t: PrepareTarget, registry: Registry, rawFile: string, want: PrepareWants): Promise<PreparedRows> {
  const { layout, batchId } = t;
  if (t.head.gzip) await checkWholeGzip(req.file, req.displayName ?? req.file, t.inflateLimits);
  const staged = await withProgress(c, "reading", 0, 0.7, req.onProgress, () => stage(c, req.file, layout, layout.dataset, t.head.gzip, rawFile, { ...want, source: want.source === true && req.raw !== "parquet" }));
  const skipped = staged.skipped;
  const names = await distinctNames(c);
  await loadResolutions(c, resolveNames(registry, names.sides, names.countries));
  await classify(c, { dataset: layout.dataset, version: t.version, batchId, iso3MustMatchCountry: layout.iso3MustMatchCountry });
  // The quarantined records first, on narrow columns; their raw rows are then read for them alone (a join with
  // every raw row would build the JSON of all of them).
  const reasons = await rows(c, `SELECT rec, reason FROM mapped WHERE reason IS NOT NULL ORDER BY rec`);
  const rawOf = new Map<number, string>();
  for (let i = 0; i < reasons.length; i += 10_000) {
    for (const [rec, raw] of await staged.rawJson(reasons.slice(i, i + 10_000).map((r) => Number(r.rec)))) rawOf.set(rec, raw);
  }
  const bad = reasons.map((r) => ({ rec: Number(r.rec), reason: String(r.reason), raw: rawOf.get(Number(r.rec)) ?? "" }));
  const read = staged.parsed - skipped + staged.parseRejects.length;
  if (read === 0) throw inputError({ file: req.displayName ?? req.file, line: 1 }, words("headerNoRows"), words("exportRows"));
  const valid = staged.parsed - skipped - bad.length;
  const rejectedRecords = staged.parseRejects.map((r) => r.record);
  const lines = await lineNumbers(req.file, t.head.gzip, layout, bad.map((b) => b.rec), rejectedRecords);
  const rejects: RejectRow[] = [
    ...staged.parseRejects.map((r) => ({ batch_id: batchId, file: req.displayName ?? req.file, line: lines.get(-1 - r.record) ?? -1, reason: r.reason, raw: r.raw })),
    ...bad.map((b) => ({ batch_id: batchId, file: req.displayName ?? req.file, line: lines.get(b.rec) ?? -1, reason: b.reason, raw: b.raw })),
  ].sort((a, b) => a.line - b.line);
  const spans = await fileSpans(c, req.covers, releaseSpan(layout.dataset, t.version));
  return { read, valid, rejects, spans, ...(staged.kept ? { raw: staged.kept } : {}) };
}

/** Drops the temp tables of a preparation (best effort: used in `finally`). */
export async function dropPrepared(c: DuckDBConnection): Promise<void> {
  // Cleanup must not mask the error that brought us here, so a failed drop is ignored.
  for (const v of ["mapped", "raw_rows", "staged"]) await c.run(`DROP VIEW IF EXISTS ${v}`).catch(() => undefined);
  for (const t of PREPARED_TABLES) await c.run(`DROP TABLE IF EXISTS ${t}`).catch(() => undefined);
}
