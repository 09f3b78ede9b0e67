/**
 * `sync ucdp`: download the annual release (and optionally a candidate release) for one query through the UCDP
 * API source, then ingest each through the normal pipeline, so accounting, quarantine and dedup are those of
 * any file.
 *
 * The candidate merge rule, so no event is counted twice:
 * 1. The annual release covers up to its coverage end: `--annual-end` if given, otherwise the latest date_end
 *    among the annual release's events for the same query (countries and dates).
 * 2. A candidate event that starts on or before that day never counts: it is quarantined with the reason
 *    "superseded by the annual release <v>, which covers to <day>", whatever its id, and reported as superseded.
 * 3. A later candidate event whose id is already in the store is a duplicate (skipped, as for any file).
 * 4. The rest load as dataset ucdp-ged, version "<candidate>-candidate".
 * read = loaded + duplicates + quarantined holds for each version, superseded events included in quarantined.
 * The rule is applied when a candidate is ingested; candidate events already in the store from an earlier sync
 * cannot be taken out when a newer annual release later covers their days, so the sync warns about them.
 */
import { join } from "node:path";
import { UsageError } from "../../errors.ts";
import type { Registry } from "../../actors/index.ts";
import { UCDP_DATASET } from "../../sources/index.ts";
import { download, queryFor, queryKey, SUPERSEDED, writeEventsFile, type DownloadDeps, type Downloaded, type EventsFile, type SyncOptions } from "../../sources/ucdp-api/index.ts";
import type { Store } from "../../store/index.ts";
import { ingestFile } from "../ingest-file.ts";
import type { IngestSummary } from "../types.ts";

export interface SyncDeps extends Omit<DownloadDeps, "onPages"> {
  /** Where the cache folders go: `sync/` beside the store. */
  cacheRoot: string;
  /** Resolves side and country names while ingesting (default: the bundled registry). */
  registry?: Registry;
  onPages?: (version: string, done: number, total: number) => void;
  onIngestProgress?: (version: string) => ((fraction: number, stage: string) => void) | undefined;
  /** Told as soon as each version is in the store (the annual one before the candidate is fetched). */
  onReport?: (report: SyncReport) => void;
}

export interface SyncReport {
  version: string;
  role: "annual" | "candidate";
  /** The dataset_version the events are stored under. */
  datasetVersion: string;
  pages: { total: number; fetched: number; cached: number };
  cacheDir: string;
  /** The store's accounting line; undefined when the API had no events for the query. */
  ingest?: IngestSummary;
  /** Things the user must know, e.g. candidate events in the store that this annual release now covers. */
  warnings: string[];
  /** Candidate only: events quarantined because the annual release covers their date. */
  superseded?: { count: number; annualRelease: string; annualEnd: string };
}

interface Synced {
  report: SyncReport;
  file: EventsFile;
}

async function syncVersion(store: Store, o: SyncOptions, deps: SyncDeps, role: SyncReport["role"], version: string, marks?: Record<string, string>): Promise<Synced> {
  const query = queryFor(version, o);
  const d: Downloaded = await download(
    { query, baseUrl: o.baseUrl, token: o.token, fresh: o.fresh, cacheRoot: deps.cacheRoot },
    { ...deps, onPages: (done, total) => deps.onPages?.(version, done, total) },
  );
  const file = await writeEventsFile(d, join(d.cache.dir, `ucdp-${version}-${queryKey(query)}-events.json`), `UCDP API gedevents/${version}`, marks);
  const datasetVersion = role === "candidate" ? `${version}-candidate` : version;
  const ingest =
    file.records === 0
      ? undefined
      : await ingestFile(store, { file: file.file, dataset: UCDP_DATASET, datasetVersion, onProgress: deps.onIngestProgress?.(version) }, { registry: deps.registry, now: deps.now });
  const pages = { total: d.totalPages, fetched: d.fetched, cached: d.cached };
  return { report: { version, role, datasetVersion, pages, cacheDir: d.cache.dir, ingest, warnings: [] }, file };
}

async function countSuperseded(store: Store, s: IngestSummary | undefined): Promise<number> {
  if (!s || s.quarantined === 0) return 0;
  const rejects = await store.rejects(s.batchId, s.quarantined);
  return rejects.filter((r) => r.reason.startsWith(SUPERSEDED)).length;
}

/** Candidate versions in the store with events on or before the annual coverage end (all countries). */
async function staleCandidates(store: Store, annual: string, end: string): Promise<string[]> {
  const first = new Map<string, string>();
  for (const c of await store.coverage()) {
    if (c.dataset !== UCDP_DATASET || !c.dataset_version.endsWith("-candidate") || c.first_date > end) continue;
    const was = first.get(c.dataset_version);
    if (!was || c.first_date < was) first.set(c.dataset_version, c.first_date);
  }
  return [...first].map(
    ([v, from]) => `the store holds ${v} events from ${from}, inside the coverage of ${annual} (to ${end}): days both cover may count events twice; rebuild the store and sync again`,
  );
}

/** Syncs the annual release, then the candidate release if asked; one report per version. */
export async function syncUcdp(store: Store, o: SyncOptions, deps: SyncDeps): Promise<SyncReport[]> {
  const annual = await syncVersion(store, o, deps, "annual", o.version);
  const annualEnd = o.annualEnd ?? annual.file.lastDateEnd;
  if (annualEnd) annual.report.warnings.push(...(await staleCandidates(store, o.version, annualEnd)));
  deps.onReport?.(annual.report);
  if (!o.candidate) return [annual.report];
  if (!annualEnd) {
    throw new UsageError(
      `the annual release ${o.version} has no dated events for this query, so where its coverage ends is unknown`,
      "pass --annual-end YYYY-MM-DD (an annual release YY.1 covers to the end of the year before 20YY)",
    );
  }
  const candidate = await syncVersion(store, o, deps, "candidate", o.candidate, { annual_release: o.version, annual_end: annualEnd });
  const count = await countSuperseded(store, candidate.report.ingest);
  const report = { ...candidate.report, superseded: { count, annualRelease: o.version, annualEnd } };
  deps.onReport?.(report);
  return [annual.report, report];
}
