/**
 * Periods: parsing specs such as `2024-H1` or `2023-07..2024-06` into inclusive UTC date ranges, and the
 * arithmetic on them (splitting into calendar buckets, overlaps). Dates are ISO `YYYY-MM-DD` strings.
 */
export { parsePeriod, ACCEPTED_PERIOD_FORMS } from "./parse.ts";
export { bucketize, isPartial } from "./bucketize.ts";
export { overlapDays } from "./overlap.ts";
export { daysInclusive } from "./days.ts";
export { granularities } from "./types.ts";
export type { Bucket, DateRange, Granularity, Period } from "./types.ts";
