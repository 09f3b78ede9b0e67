/**
 * Counting: the counting rule, per-country comparisons of two periods out of the store, and zero-filled
 * series. Every result carries the rule that produced it.
 */
export { CountingRule, type CountingRuleInput, actorIdsFor, defaultRuleFor, describeRule, toFilter } from "./rule.ts";
export { compareInStore, type CompareRow, type PeriodCounts, type StoreComparison } from "./compare-store.ts";
export { seriesInStore, type SeriesPoint } from "./series.ts";
export { compareByPlace, type PlaceRow } from "./places.ts";
export { commonSpan, coveredDays, type Covered } from "./coverage.ts";
export { coveredSpans, intersectionOf, unionOf, type DaySpan } from "./covered-spans.ts";
