/** The one accounting line every ingest ends with. */
import type { IngestSummary } from "./types.ts";

export function formatSummary(s: IngestSummary): string {
  const base = `${s.file}: read ${s.read.toLocaleString("en")}, loaded ${s.loaded.toLocaleString("en")}, duplicates skipped ${s.duplicates.toLocaleString("en")}, quarantined ${s.quarantined.toLocaleString("en")} (${s.dataset} ${s.layout}, ${s.seconds.toFixed(1)} s)`;
  const living = s.updated !== undefined ? `; updated ${s.updated.toLocaleString("en")} (in loaded), removed ${(s.removed ?? 0).toLocaleString("en")} no longer in the export` : "";
  return s.rejectsFile ? `${base}${living}; rejects in ${s.rejectsFile}` : base + living;
}

/** A batch id that sorts by time and does not collide within a process. */
export function newBatchId(dataset: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*/, "");
  return `${dataset}-${stamp}-${Math.random().toString(36).slice(2, 8)}`;
}
