/**
 * Reconciliation: every dataset's count and every reported figure for one question, side by side, with
 * definitions, coverage, cross-dataset matches and an explanation of why they differ.
 */
export { reconcile, MATCH_LIMIT, type Reconciliation, type DatasetLine, type ReportedLine, type MatchSummary } from "./reconcile.ts";
export { matchEvents, haversineKm, describeMatchRule, DEFAULT_MATCH_RULE, type MatchRule, type MatchPair } from "./match.ts";
export { DATASET_DEFINITIONS, DATASET_NAMES, datasetName } from "./definitions.ts";
