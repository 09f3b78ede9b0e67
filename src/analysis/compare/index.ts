/**
 * Comparing two periods' event counts honestly: annualised rates, the exact rate ratio with its
 * interval and p-value, and a sentence in English or Dutch. Pure arithmetic; counting lives elsewhere.
 */
export { comparePeriods } from "./compare-periods.ts";
export { comparisonSentence } from "./sentence.ts";
export { parseCountsSpec, type CountsSpec } from "./counts-spec.ts";
export { DAYS_PER_YEAR, annualRate } from "./rates.ts";
export { formatRatio, formatP } from "./format.ts";
export { langs } from "./types.ts";
export type {
  CompareInput,
  CompareOptions,
  Comparison,
  ComparisonStats,
  Lang,
  PeriodCount,
  PeriodRate,
} from "./types.ts";
