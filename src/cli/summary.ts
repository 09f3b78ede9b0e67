/** The one accounting line each ingested file (or synced version) ends with, and the compaction's, in the reader's words. */
import type { IngestSummary, SyncReport } from "../ingest/index.ts";
import type { CompactReport } from "../store/index.ts";
import type { CliWords } from "./words.ts";

export function formatSummary(s: IngestSummary, w: CliWords): string {
  const { m, int } = w;
  const base = m.ingest.summary(s.file, int(s.read), int(s.loaded), int(s.duplicates), int(s.quarantined), `${s.dataset} ${s.layout}`, w.fixed(s.seconds, 1));
  const living = s.updated !== undefined ? m.ingest.living(int(s.updated), int(s.removed ?? 0)) : "";
  return `${base}${living}${s.rejectsFile ? m.ingest.rejectsIn(s.rejectsFile) : ""}`;
}

export function formatCompact(r: CompactReport, w: CliWords): string {
  if (r.batches === 0) return w.m.compact.nothing;
  const mb = (bytes: number) => `${(bytes / 1e6).toLocaleString(w.all.locale, { maximumFractionDigits: 1 })} MB`;
  return w.m.compact.done(r.batches, mb(r.bytesBefore), mb(r.bytesAfter));
}

/** One line per synced version: pages, then the store's accounting, then the superseded candidates. */
export function formatSyncReport(r: SyncReport, w: CliWords): string {
  const { int } = w;
  const m = w.m.sync;
  const head = `ucdp ${r.version}${r.role === "candidate" ? m.candidate : ""}: ${m.pages(r.pages.total, int(r.pages.fetched), int(r.pages.cached))}`;
  const s = r.ingest;
  if (!s) return `${head}${m.none}`;
  const superseded = r.superseded ? m.superseded(int(r.superseded.count), r.superseded.annualRelease, r.superseded.annualEnd) : "";
  return `${head}${m.summary(int(s.read), int(s.loaded), int(s.duplicates), int(s.quarantined))}${superseded}${m.as(`${s.dataset} ${r.datasetVersion}`, w.fixed(s.seconds, 1))}${s.rejectsFile ? w.m.ingest.rejectsIn(s.rejectsFile) : ""}`;
}
