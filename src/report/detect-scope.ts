/**
 * Detection on a scope in the store: the monthly series of an actor in places, cut to the months the data
 * cover (a month outside coverage is unknown, not zero), run through `detect` (regimes, CUSUM alarms,
 * regrouping). The API's detect and alerts routes and the briefing share it.
 */
import { seriesInStore, type CountingRule } from "../analysis/counting/index.ts";
import { detect, type DetectResult } from "../analysis/detect/index.ts";
import { UsageError } from "../errors.ts";
import { parsePeriod, type Period } from "../periods/index.ts";
import type { Store } from "../store/index.ts";
import { coveredSpan } from "./span.ts";

export interface ScopeDetection extends DetectResult {
  /** The months analysed: the requested span cut to the covered one. */
  span: Period;
  months: string[];
  counts: number[];
  deaths: number[];
  partial: boolean[];
}

export interface DetectScope {
  actorIds: string[];
  countries: string[];
  rule: CountingRule;
  /** The span asked for; default: every covered month. */
  period?: Period;
}

/** Months analysed for a scope: the requested span ∩ the covered span, in whole months. */
export async function detectionSpan(store: Store, q: DetectScope): Promise<Period> {
  const covered = await coveredSpan(store, q.rule.dataset, q.countries);
  if (!covered) throw new UsageError(`${q.rule.dataset} has no events for ${q.countries.join(", ") || "any country"} in the store`, "ingest data for these countries first");
  const first = (q.period && q.period.start > covered.first ? q.period.start : covered.first).slice(0, 7);
  const last = (q.period && q.period.end < covered.last ? q.period.end : covered.last).slice(0, 7);
  if (last < first) throw new UsageError(`the data cover ${covered.first}..${covered.last}, outside ${q.period?.label ?? "the span"}`, "choose a period inside the covered span");
  return parsePeriod(`${first}..${last}`);
}

export async function detectInStore(store: Store, q: DetectScope): Promise<ScopeDetection> {
  const span = await detectionSpan(store, q);
  const points = await seriesInStore(store, { actorIds: q.actorIds, countries: q.countries, start: span.start, end: span.end, by: "month", rule: q.rule });
  const months = points.map((p) => p.bucket);
  const counts = points.map((p) => p.events);
  const deaths = points.map((p) => p.deaths);
  return { ...detect({ months, counts, deaths }), span, months, counts, deaths, partial: points.map((p) => p.partial) };
}
