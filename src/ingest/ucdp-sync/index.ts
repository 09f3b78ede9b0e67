/**
 * `sync ucdp`: the UCDP API's releases downloaded (sources/ucdp-api) and ingested, candidate releases merged
 * under the rule in sync.ts.
 */
export { syncUcdp, type SyncDeps, type SyncReport } from "./sync.ts";
