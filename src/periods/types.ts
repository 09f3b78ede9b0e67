/** An inclusive range of whole UTC days, as ISO `YYYY-MM-DD` strings. */
export interface DateRange {
  /** First day, inclusive. */
  start: string;
  /** Last day, inclusive. */
  end: string;
}

/** A parsed period spec such as `2024-H1` or `2023-07..2024-06`. */
export interface Period extends DateRange {
  /** The spec as given (trimmed). */
  spec: string;
  /** The spec in canonical form (`2024-h1` → `2024-H1`); it parses back to the same range. */
  label: string;
  /** Number of days, counting both ends. */
  days: number;
}

/** The calendar units a range can be split into. */
export const granularities = ["month", "quarter", "year"] as const;
export type Granularity = (typeof granularities)[number];

/** One calendar unit of a split range, clipped to that range. */
export interface Bucket extends DateRange {
  /** The calendar unit's own spec: `2024-03`, `2024-Q1`, `2024`. */
  label: string;
  granularity: Granularity;
  /** Days of the unit inside the range. */
  days: number;
  /** Days of the whole calendar unit; more than `days` when the range cuts it. */
  fullDays: number;
}
