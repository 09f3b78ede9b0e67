/** One line per synced version: pages, then the store's accounting, then the superseded candidates. */
import type { SyncReport } from "./sync.ts";

const n = (x: number) => x.toLocaleString("en");

export function formatSyncReport(r: SyncReport): string {
  const pages = `${r.pages.total} page${r.pages.total === 1 ? "" : "s"} (${r.pages.fetched} fetched, ${r.pages.cached} from cache)`;
  const head = `ucdp ${r.version}${r.role === "candidate" ? " candidate" : ""}: ${pages}`;
  const s = r.ingest;
  if (!s) return `${head}, no events for this query`;
  const superseded = r.superseded ? `, of which ${n(r.superseded.count)} superseded by ${r.superseded.annualRelease} (covers to ${r.superseded.annualEnd})` : "";
  const rejects = s.rejectsFile ? `; rejects in ${s.rejectsFile}` : "";
  return `${head}, read ${n(s.read)}, loaded ${n(s.loaded)}, duplicates skipped ${n(s.duplicates)}, quarantined ${n(s.quarantined)}${superseded} as ${s.dataset} ${r.datasetVersion} (${s.seconds.toFixed(1)} s)${rejects}`;
}
