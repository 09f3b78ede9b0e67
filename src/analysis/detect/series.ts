/**
 * The input of every detector: a monthly count series. Months are "YYYY-MM" in UTC, consecutive and
 * without gaps (a month with no events is a 0, not a missing entry). Deaths are optional and only
 * summed per regime; detection runs on counts.
 */
import { UsageError } from "../../errors.ts";

/** A monthly count series: `counts[i]` events in `months[i]`; `deaths[i]` optional. */
export interface MonthlySeries {
  months: string[];
  counts: number[];
  deaths?: number[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function monthIndex(month: string): number {
  const m = MONTH.exec(month);
  if (!m) throw new UsageError(`not a month: "${month}"`, 'months are written "YYYY-MM", e.g. "2014-06"');
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/**
 * The month `k` months after `month` (k may be negative).
 * @example addMonths("2013-11", 3) // "2014-02"
 */
export function addMonths(month: string, k: number): string {
  const i = monthIndex(month) + k;
  return `${String(Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `first` to `last`, both included. */
export function monthRange(first: string, last: string): string[] {
  const n = monthIndex(last) - monthIndex(first) + 1;
  return Array.from({ length: Math.max(0, n) }, (_, k) => addMonths(first, k));
}

/**
 * Throws a UsageError unless the series is well formed: equal lengths, consecutive months, counts
 * (and deaths) finite non-negative integers.
 */
export function assertSeries(series: MonthlySeries): void {
  const { months, counts, deaths } = series;
  if (months.length !== counts.length) {
    throw new UsageError(`series has ${months.length} months but ${counts.length} counts`);
  }
  if (deaths && deaths.length !== counts.length) {
    throw new UsageError(`series has ${counts.length} counts but ${deaths.length} deaths`);
  }
  for (let i = 0; i < months.length; i++) {
    const index = monthIndex(months[i] as string);
    if (i > 0 && index !== monthIndex(months[i - 1] as string) + 1) {
      throw new UsageError(`months are not consecutive at ${months[i - 1]} → ${months[i]}`, "fill empty months with 0");
    }
    for (const [name, v] of [["count", counts[i]], ["deaths", deaths?.[i] ?? 0]] as const) {
      if (!(Number.isInteger(v) && (v as number) >= 0)) {
        throw new UsageError(`${name} for ${months[i]} is ${v}; expected a non-negative integer`);
      }
    }
  }
}
