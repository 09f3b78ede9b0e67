/**
 * Detection on a scope of the store: which months an actor's monthly series covers, and detect() run on it.
 * The one span rule every surface uses (the CLI's detect and alerts, the API, the dashboard, briefings):
 * - with countries named, the days every one of them covers, so a pooled series never jumps where one
 *   country's data begin or end;
 * - with none, every country where the actor has events under the rule, each covered: the same answer as
 *   naming those countries, and never a series that falls where one country's data end;
 * - cut to the period asked for, in whole months. A month outside coverage is unknown, not zero.
 */
import { commonSpan, seriesInStore, toFilter, type CountingRule } from "../counting/index.ts";
import { detect, type DetectResult } from "../detect/index.ts";
import { UsageError } from "../../errors.ts";
import type { MessageLang } from "../../messages/index.ts";
import { words, wordsError } from "../../messages/words.ts";
import { parsePeriod, type Period } from "../../periods/index.ts";
import type { Store } from "../../store/index.ts";

export interface DetectScope {
  actorIds: string[];
  countries: string[];
  rule: CountingRule;
  /** The span asked for; default: every covered month. */
  period?: Period;
  /** Language of the regrouping verdict. */
  lang?: MessageLang;
}

export interface ScopeDetection extends DetectResult {
  /** The countries pooled: those asked for, or every country where the actor has events. */
  places: string[];
  /** The months analysed: the requested span cut to the covered one. */
  span: Period;
  months: string[];
  counts: number[];
  deaths: number[];
  partial: boolean[];
}

/** The days every one of the countries covers in a dataset (all its countries when none is named), or null. */
export async function coveredSpan(store: Store, dataset: string, countries: string[]): Promise<{ first: string; last: string } | null> {
  const span = commonSpan(await store.coverage(), dataset, countries);
  return "missing" in span || span.first > span.last ? null : span;
}

/** The countries a scope pools: those named, else every country where the actors have events under the rule. */
export async function placesOf(store: Store, q: Pick<DetectScope, "actorIds" | "countries" | "rule">): Promise<string[]> {
  if (q.countries.length > 0 || q.actorIds.length === 0) return q.countries;
  const rows = await store.actorCounts(toFilter(q.rule, { actorIds: q.actorIds, countries: [] }));
  const ids = new Set(q.actorIds);
  return [...new Set(rows.filter((r) => ids.has(r.actor_id) && r.country_iso3).map((r) => r.country_iso3!))].sort();
}

/** Months analysed for a scope: the requested span ∩ the covered span, in whole months. */
export async function detectionSpan(store: Store, q: Omit<DetectScope, "actorIds">): Promise<Period> {
  const covered = await coveredSpan(store, q.rule.dataset, q.countries);
  if (!covered) throw wordsError(UsageError, words("noCommonCoverage", q.rule.dataset, q.countries.length ? q.countries.join(", ") : words("theStore")), words("ingestFirst"));
  const first = (q.period && q.period.start > covered.first ? q.period.start : covered.first).slice(0, 7);
  const last = (q.period && q.period.end < covered.last ? q.period.end : covered.last).slice(0, 7);
  if (last < first) throw wordsError(UsageError, words("outsideCoverage", covered.first, covered.last, q.period?.label ?? words("theSpan")), words("insideCoverage"));
  return parsePeriod(`${first}..${last}`);
}

/** The countries a scope pools, refused when an actor was asked for and has no events there under the rule. */
export async function placesWithEvents(store: Store, q: DetectScope): Promise<string[]> {
  const places = await placesOf(store, q);
  if (places.length === 0 && q.actorIds.length > 0) throw wordsError(UsageError, words("noActorEvents", q.rule.dataset), words("checkActor"));
  return places;
}

/** Regimes, alarms and the regrouping verdict of a scope's monthly series over its covered months. */
export async function detectInStore(store: Store, q: DetectScope): Promise<ScopeDetection> {
  const places = await placesWithEvents(store, q);
  const span = await detectionSpan(store, { ...q, countries: places });
  const points = await seriesInStore(store, { actorIds: q.actorIds, countries: places, start: span.start, end: span.end, by: "month", rule: q.rule });
  const months = points.map((p) => p.bucket);
  const counts = points.map((p) => p.events);
  const deaths = points.map((p) => p.deaths);
  return { ...detect({ months, counts, deaths }, { regrouping: { lang: q.lang } }), places, span, months, counts, deaths, partial: points.map((p) => p.partial) };
}
