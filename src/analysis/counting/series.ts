/**
 * A count series in calendar buckets with the empty buckets filled with zeros (a month with no event is a
 * zero, not a gap) and partial buckets marked.
 */
import { bucketize, isPartial, type Granularity } from "../../periods/index.ts";
import type { Store } from "../../store/index.ts";
import { toFilter, type CountingRule } from "./rule.ts";

export interface SeriesPoint {
  bucket: string;
  start: string;
  end: string;
  events: number;
  deaths: number;
  partial: boolean;
}

export async function seriesInStore(
  store: Store,
  q: { actorIds: string[]; countries: string[]; start: string; end: string; by: Granularity; rule: CountingRule },
): Promise<SeriesPoint[]> {
  const rows = await store.count({ filter: toFilter(q.rule, q), by: q.by });
  const byBucket = new Map(rows.map((r) => [r.bucket, r]));
  return bucketize(q.start, q.end, q.by).map((b) => ({
    bucket: b.label,
    start: b.start,
    end: b.end,
    events: byBucket.get(b.label)?.events ?? 0,
    deaths: byBucket.get(b.label)?.deaths ?? 0,
    partial: isPartial(b),
  }));
}
