/** The one accounting line each ingested file ends with, and the compaction's, in the reader's words. */
import type { IngestSummary } from "../ingest/index.ts";
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
