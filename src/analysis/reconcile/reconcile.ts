/**
 * `reconcile`: every dataset's count and every reported figure for one question (an actor, places, a period)
 * side by side, each with its definition and its coverage, the cross-dataset matches that keep a merged
 * count from double counting, and a plain explanation of why the numbers differ.
 */
import { actorName, type Registry } from "../../actors/index.ts";
import type { EventSummary } from "../../event.ts";
import type { Period } from "../../periods/index.ts";
import type { ReportedFigure } from "../../reported-figure.ts";
import type { Store } from "../../store/index.ts";
import { actorIdsFor, compareInStore, defaultRuleFor, toFilter, type CountingRule } from "../counting/index.ts";
import { explain } from "./explain.ts";
import { messages, type MessageLang } from "../../messages/index.ts";
import type { DatasetLine, MatchSummary, Reconciliation, ReportedLine } from "./types.ts";

export type { DatasetLine, MatchSummary, Reconciliation, ReportedLine } from "./types.ts";
import { DEFAULT_MATCH_RULE, describeMatchRule, matchEvents, type MatchPair, type MatchRule } from "./match.ts";


/** Matching fetches each side's events; beyond this many it would ship too much to JS, so it says so instead. */
export const MATCH_LIMIT = 50_000;

function periodRelation(f: ReportedFigure, p: Period): ReportedLine["period"] {
  if (f.period_start === p.start && f.period_end === p.end) return "same";
  if (f.period_start >= p.start && f.period_end <= p.end) return "inside";
  if (f.period_start <= p.start && f.period_end >= p.end) return "contains";
  return "overlaps";
}

function placeRelation(f: ReportedFigure, countries: string[]): ReportedLine["places"] {
  const a = new Set(f.countries);
  const b = new Set(countries);
  if (a.size === b.size && [...a].every((x) => b.has(x))) return "same";
  if ([...a].every((x) => b.has(x))) return "fewer";
  if ([...b].every((x) => a.has(x))) return "more";
  return "overlap";
}

async function allEvents(store: Store, rule: CountingRule, scope: { actorIds: string[]; countries: string[]; start: string; end: string }): Promise<EventSummary[]> {
  const out: EventSummary[] = [];
  const filter = toFilter(rule, scope);
  for (let offset = 0; offset < MATCH_LIMIT; offset += 5_000) {
    const page = await store.eventSummaries(filter, { limit: 5_000, offset });
    out.push(...page);
    if (page.length < 5_000) break;
  }
  return out;
}

async function matchPair(store: Store, a: DatasetLine, b: DatasetLine, scope: { actorIds: string[]; countries: string[]; start: string; end: string }, rule: MatchRule): Promise<MatchSummary> {
  const base = { a: a.dataset, b: b.dataset, rule: describeMatchRule(rule), eventsA: a.events, eventsB: b.events };
  if (a.events > MATCH_LIMIT || b.events > MATCH_LIMIT) {
    return { ...base, matched: 0, shareA: 0, shareB: 0, merged: a.events + b.events, pairs: [], skipped: `more than ${MATCH_LIMIT.toLocaleString("en")} events on one side: narrow the period or places to match them` };
  }
  const pairs: MatchPair[] = matchEvents(await allEvents(store, a.rule, scope), await allEvents(store, b.rule, scope), rule);
  return {
    ...base,
    matched: pairs.length,
    shareA: a.events ? pairs.length / a.events : 0,
    shareB: b.events ? pairs.length / b.events : 0,
    merged: a.events + b.events - pairs.length,
    pairs: pairs.map((p) => ({ a: p.a.id, b: p.b.id, km: Math.round(p.km * 10) / 10, days: p.days, a_date: p.a.date_start, b_date: p.b.date_start })),
  };
}

/**
 * One dataset's line, counted exactly as `compare` counts a period: per country, then the total over the countries
 * with data (each over the days all of them cover), so a country without data is left out and named in a note
 * rather than counted in the events and not in the days.
 */
async function datasetLine(store: Store, dataset: string, rule: CountingRule, q: { actorIds: string[]; countries: string[]; period: Period; lang?: MessageLang }): Promise<DatasetLine> {
  const { rows, notes } = await compareInStore(store, { actorIds: q.actorIds, countries: q.countries, a: q.period, b: q.period, rule, lang: q.lang });
  const total = rows.at(-1)!;
  return {
    dataset,
    rule,
    definition: messages(q.lang).reconcile.definitions[dataset] ?? "counts events as its own documentation defines them",
    events: total.a.events,
    deaths: total.a.deaths,
    coverage: total.a.coverage,
    places: total.pooled ?? q.countries,
    notes,
  };
}

/**
 * @param q.rule the counting rule the reader chose (as `compare` takes it): its dataset is counted under it and
 *   its affiliates choice holds for every dataset; each other dataset under its own default rule.
 */
export async function reconcile(
  store: Store,
  registry: Registry,
  q: { actorId: string; countries: string[]; period: Period; matchRule?: MatchRule; lang?: MessageLang; rule?: CountingRule },
): Promise<Reconciliation> {
  const actor = registry.actors.get(q.actorId);
  const actorIds = q.rule ? actorIdsFor(q.actorId, q.rule, registry) : [q.actorId];
  const coverage = await store.coverage();
  const datasets = [...new Set([...coverage.map((c) => c.dataset), ...(q.rule ? [q.rule.dataset] : [])])].sort();
  const lines: DatasetLine[] = [];
  for (const dataset of datasets) {
    const rule = q.rule?.dataset === dataset ? q.rule : { ...defaultRuleFor(dataset), includeAffiliates: q.rule?.includeAffiliates ?? false };
    lines.push(await datasetLine(store, dataset, rule, { actorIds, countries: q.countries, period: q.period, lang: q.lang }));
  }
  const figures = await store.reported({ actorIds, countries: q.countries.length ? q.countries : undefined, start: q.period.start, end: q.period.end });
  const reported = figures.map((figure) => ({ figure, period: periodRelation(figure, q.period), places: placeRelation(figure, q.countries) }));
  const covered = lines.filter((l) => l.coverage.coveredDays > 0 && l.events > 0);
  const matches: MatchSummary[] = [];
  for (let i = 0; i < covered.length; i++) {
    for (let j = i + 1; j < covered.length; j++) {
      const [a, b] = [covered[i]!, covered[j]!];
      // Match only over the places both lines counted.
      const countries = a.places.filter((c) => b.places.includes(c));
      matches.push(await matchPair(store, a, b, { actorIds, countries, start: q.period.start, end: q.period.end }, q.matchRule ?? DEFAULT_MATCH_RULE));
    }
  }
  const result = { actor: { id: q.actorId, name: actor ? actorName(actor, q.lang ?? "en") : q.actorId }, countries: q.countries, period: q.period, datasets: lines, reported, matches };
  return { ...result, explanation: explain(result, q.lang) };
}
