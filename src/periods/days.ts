import { parseIsoDay } from "./iso-day.ts";

/**
 * Days from `start` to `end`, counting both; 0 when `end` is before `start`.
 *
 * @throws UsageError for a malformed date.
 * @example
 * daysInclusive("2024-01-01", "2024-12-31"); // 366
 */
export function daysInclusive(start: string, end: string): number {
  return Math.max(0, parseIsoDay(end, "end") - parseIsoDay(start, "start") + 1);
}
