/**
 * The UCDP API (https://ucdpapi.pcr.uu.se/api): GED events fetched page by page, resumably, and ingested through
 * the normal pipeline with the `ucdp-api-json` layouts. Candidate releases merge under the rule in sync.ts.
 *
 * @example
 * const options = parseSyncOptions({ version: "25.1", candidate: "25.0.9", country: "652,645", from: "2023-01-01" }, env);
 * const reports = await syncUcdp(store, options, { cacheRoot: "data/sync", fetch, sleep, now: () => new Date(), retry: DEFAULT_RETRY });
 * for (const r of reports) console.log(formatSyncReport(r));
 */
export { ucdpApiLayouts, API_LAYOUT, CANDIDATE_LAYOUT, SUPERSEDED } from "./layouts.ts";
export { API_FIELDS } from "./columns.ts";
export { DEFAULT_BASE_URL, PAGE_SIZE, parseSyncOptions, SyncOptions, type SyncFlags } from "./options.ts";
export { DEFAULT_RETRY, type RetryPolicy } from "./retry.ts";
export { syncUcdp, type SyncDeps, type SyncReport } from "./sync.ts";
export { formatSyncReport } from "./summary.ts";
export { UpstreamError } from "./upstream-error.ts";
