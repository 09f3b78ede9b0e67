import { UsageError } from "../errors.ts";
import { words, wordsError } from "../messages/words.ts";
import { formatIsoDay } from "./calendar.ts";
import { parseIsoDay } from "./iso-day.ts";
import { granularities, type Bucket, type Granularity } from "./types.ts";
import { unitContaining } from "./units.ts";

/**
 * Splits an inclusive date range into calendar months, quarters or years, the first and last clipped to
 * the range. Buckets are in order, touch without gaps or overlaps, and their `days` add up to the range's.
 *
 * @throws UsageError for a malformed date, an unknown granularity, or an end before the start.
 * @example
 * bucketize("2024-02-15", "2024-04-30", "month").map((b) => [b.label, b.days, isPartial(b)]);
 * // [["2024-02", 15, true], ["2024-03", 31, false], ["2024-04", 30, false]]
 */
export function bucketize(start: string, end: string, granularity: Granularity): Bucket[] {
  const first = parseIsoDay(start, "start");
  const last = parseIsoDay(end, "end");
  if (!granularities.includes(granularity)) {
    throw wordsError(UsageError, words("unknownBucket", String(granularity)), words("useOneOf", granularities.join(", ")));
  }
  if (last < first) {
    throw wordsError(UsageError, words("rangeBackwards", end, start), words("earlierDateFirst"));
  }
  const buckets: Bucket[] = [];
  for (let cursor = first; cursor <= last; ) {
    const unit = unitContaining(cursor, granularity);
    const bucketLast = Math.min(unit.last, last);
    buckets.push({
      label: unit.label,
      granularity,
      start: formatIsoDay(cursor),
      end: formatIsoDay(bucketLast),
      days: bucketLast - cursor + 1,
      fullDays: unit.last - unit.first + 1,
    });
    cursor = bucketLast + 1;
  }
  return buckets;
}

/** Whether the range cut this bucket short of its whole calendar unit (a partial first or last bucket). */
export function isPartial(bucket: Bucket): boolean {
  return bucket.days < bucket.fullDays;
}
