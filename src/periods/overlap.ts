import { parseIsoDay } from "./iso-day.ts";
import type { DateRange } from "./types.ts";

/**
 * Number of days two inclusive ranges share; 0 when they are disjoint.
 *
 * @throws UsageError for a malformed date.
 * @example
 * overlapDays(parsePeriod("2024-H1"), parsePeriod("2024-Q2..2024-Q3")); // 91 (April–June)
 */
export function overlapDays(a: DateRange, b: DateRange): number {
  const first = Math.max(parseIsoDay(a.start, "start"), parseIsoDay(b.start, "start"));
  const last = Math.min(parseIsoDay(a.end, "end"), parseIsoDay(b.end, "end"));
  return Math.max(0, last - first + 1);
}
