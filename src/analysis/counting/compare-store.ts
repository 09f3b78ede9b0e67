/**
 * The store half of `compare`: counts per country and in total for two periods under one counting rule,
 * each turned into a comparison (annualised rates, rate ratio with exact CI and test, a sentence).
 */
import { comparePeriods, type Comparison, type Lang } from "../compare/index.ts";
import type { Period } from "../../periods/index.ts";
import type { DatasetCoverage, Store } from "../../store/index.ts";
import { messages } from "../../messages/index.ts";
import { coveredDays, type Covered } from "./coverage.ts";
import { coveredSpans } from "./covered-spans.ts";
import { toFilter, type CountingRule } from "./rule.ts";

export interface PeriodCounts {
  period: Period;
  events: number;
  deaths: number;
  coverage: Covered;
}

export interface CompareRow {
  /** ISO3, or "ALL" for the total over the chosen countries. */
  country: string;
  a: PeriodCounts;
  b: PeriodCounts;
  /** Null when a period has no covered days: nothing honest can be said. */
  comparison: Comparison | null;
  /** On the ALL row: the countries the total pools (those with data in both periods). */
  pooled?: string[];
}

export interface StoreComparison {
  rows: CompareRow[];
  notes: string[];
}

async function countsFor(store: Store, rule: CountingRule, actorIds: string[], countries: string[], period: Period) {
  const rows = await store.count({ filter: toFilter(rule, { actorIds, countries, start: period.start, end: period.end }), byCountry: true });
  return new Map(rows.map((r) => [r.country_iso3 ?? "", r]));
}

/**
 * The total over several countries. It pools only the countries with data in both periods (those without are
 * named in a note, not counted as zeros), and counts each of them over the days all of them cover in each
 * period (gaps between ingested files included), so one exposure holds for every country in the total and the exact test stays exact (a country whose
 * data run a few days longer does not add events without adding days).
 */
async function pooledRow(store: Store, q: CompareQuery, perCountry: CompareRow[], coverage: DatasetCoverage[], notes: Set<string>): Promise<CompareRow> {
  const m = messages(q.lang);
  const pooled = perCountry.filter((r) => r.a.coverage.coveredDays > 0 && r.b.coverage.coveredDays > 0).map((r) => r.country);
  const left = perCountry.map((r) => r.country).filter((c) => !pooled.includes(c));
  const side = async (period: Period): Promise<PeriodCounts> => {
    const cov = coveredDays(period, coverage, q.rule.dataset, pooled.length ? pooled : perCountry.map((r) => r.country), q.lang);
    if (pooled.length === 0 || cov.coveredDays === 0 || !cov.first || !cov.last) return { period, events: 0, deaths: 0, coverage: cov };
    // When each pooled country covers exactly the pooled days of this period (the usual case), its own row already
    // counted just those days (a country's events lie inside its covered days): the total is their sum, no query.
    const own = perCountry.filter((r) => pooled.includes(r.country)).map((r) => (period === q.a ? r.a : r.b));
    if (own.every((c) => c.coverage.coveredDays === cov.coveredDays)) {
      return { period, events: own.reduce((n, c) => n + c.events, 0), deaths: own.reduce((n, c) => n + c.deaths, 0), coverage: cov };
    }
    // Otherwise count only inside the days every pooled country covers: a gap in one country's data is a gap in the total.
    const found = coveredSpans(coverage, q.rule.dataset, pooled);
    const spans = "spans" in found ? found.spans.filter((x) => x.first <= period.end && x.last >= period.start) : [];
    const counted = await Promise.all(
      spans.map((x) => store.count({ filter: toFilter(q.rule, { actorIds: q.actorIds, countries: pooled, start: period.start > x.first ? period.start : x.first, end: period.end < x.last ? period.end : x.last }) })),
    );
    const rows = counted.flat();
    return { period, events: rows.reduce((n, r) => n + r.events, 0), deaths: rows.reduce((n, r) => n + r.deaths, 0), coverage: cov };
  };
  const [a, b] = await Promise.all([side(q.a), side(q.b)]);
  if (pooled.length > 0 && left.length > 0) notes.add(m.pooling.leftOut(pooled.join(", "), left.join(", ")));
  for (const n of [a.coverage.note, b.coverage.note]) if (n && pooled.length > 0) notes.add(m.pooling.total(n));
  return { country: "ALL", pooled, a, b, comparison: compared(q, a, b) };
}

function compared(q: CompareQuery, a: PeriodCounts, b: PeriodCounts): Comparison | null {
  if (a.coverage.coveredDays === 0 || b.coverage.coveredDays === 0) return null;
  return comparePeriods({ a: { count: a.events, days: a.coverage.coveredDays, label: q.a.label }, b: { count: b.events, days: b.coverage.coveredDays, label: q.b.label } }, { lang: q.lang ?? "en" });
}

interface CompareQuery {
  actorIds: string[];
  countries: string[];
  a: Period;
  b: Period;
  rule: CountingRule;
  lang?: Lang;
}

export async function compareInStore(store: Store, q: CompareQuery): Promise<StoreComparison> {
  const [ca, cb, coverage] = await Promise.all([
    countsFor(store, q.rule, q.actorIds, q.countries, q.a),
    countsFor(store, q.rule, q.actorIds, q.countries, q.b),
    store.coverage(),
  ]);
  const countries = q.countries.length ? q.countries : [...new Set([...ca.keys(), ...cb.keys()])].sort();
  const notes = new Set<string>();
  const perCountry: CompareRow[] = (countries.length > 1 ? countries.map((c) => [c]) : [countries]).map((scope) => {
    const sum = (m: Map<string, { events: number; deaths: number }>) =>
      scope.reduce((acc, c) => ({ events: acc.events + (m.get(c)?.events ?? 0), deaths: acc.deaths + (m.get(c)?.deaths ?? 0) }), { events: 0, deaths: 0 });
    const a: PeriodCounts = { period: q.a, ...sum(ca), coverage: coveredDays(q.a, coverage, q.rule.dataset, scope, q.lang) };
    const b: PeriodCounts = { period: q.b, ...sum(cb), coverage: coveredDays(q.b, coverage, q.rule.dataset, scope, q.lang) };
    for (const n of [a.coverage.note, b.coverage.note]) if (n) notes.add(scope.length === 1 ? `${scope[0]}: ${n}` : n);
    return { country: scope.length === 1 ? scope[0]! : "ALL", a, b, comparison: compared(q, a, b) };
  });
  const rows = countries.length > 1 ? [...perCountry, await pooledRow(store, q, perCountry, coverage, notes)] : perCountry;
  return { rows, notes: [...notes] };
}
