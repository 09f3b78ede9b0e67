/**
 * The UCDP API (https://ucdpapi.pcr.uu.se/api): GED events fetched page by page, resumably, into an events file
 * read with the `ucdp-api-json` layouts. The sync that ingests it (and merges candidate releases) is in
 * src/ingest/ucdp-sync: a source knows no store.
 *
 * @example
 * const options = parseSyncOptions({ version: "25.1", candidate: "25.0.9", country: "652,645", from: "2023-01-01" }, env);
 * const reports = await syncUcdp(store, options, { cacheRoot: "data/sync", fetch, sleep, now: () => new Date(), retry: DEFAULT_RETRY });
 */
export { ucdpApiLayouts, API_LAYOUT, CANDIDATE_LAYOUT, SUPERSEDED } from "./layouts.ts";
export { API_FIELDS } from "./columns.ts";
export { DEFAULT_BASE_URL, PAGE_SIZE, parseSyncOptions, SyncOptions, type SyncFlags } from "./options.ts";
export { DEFAULT_RETRY, type RetryPolicy } from "./retry.ts";
export { download, type DownloadDeps, type Downloaded } from "./download.ts";
export { writeEventsFile, type EventsFile } from "./events-file.ts";
export { queryFor, queryKey } from "./options.ts";
export { UpstreamError } from "./upstream-error.ts";
