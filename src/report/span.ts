/**
 * Which months a briefing's series shows and which of them the data cover, under the span rule detection
 * uses (analysis/monitor's coveredSpan), so a month outside it is "no data", never a zero.
 */
import { addMonths } from "../analysis/detect/index.ts";
import { coveredSpan } from "../analysis/monitor/index.ts";
import { parsePeriod, type Period } from "../periods/index.ts";
import type { Store } from "../store/index.ts";

export interface Span {
  /** The months shown, as a period (first day of the first month to last day of the last). */
  period: Period;
  /** First and last covered day inside the store for the dataset and countries; null when nothing is. */
  covered: { first: string; last: string } | null;
}

const month = (iso: string): string => iso.slice(0, 7);

/** The two periods' hull with `context` months before it, in whole months. */
export async function briefingSpan(store: Store, dataset: string, countries: string[], a: Period, b: Period, context = 24): Promise<Span> {
  const first = addMonths(month(a.start < b.start ? a.start : b.start), -context);
  const last = month(a.end > b.end ? a.end : b.end);
  return { period: parsePeriod(`${first}..${last}`), covered: await coveredSpan(store, dataset, countries) };
}

/** True when the month (YYYY-MM) lies within the covered span. */
export function monthCovered(m: string, covered: Span["covered"]): boolean {
  return covered !== null && m >= month(covered.first) && m <= month(covered.last);
}
