/**
 * The store half of `compare`: counts per country and in total for two periods under one counting rule,
 * each turned into a comparison (annualised rates, rate ratio with exact CI and test, a sentence).
 */
import { comparePeriods, type Comparison, type Lang } from "../compare/index.ts";
import type { Period } from "../../periods/index.ts";
import type { Store } from "../../store/index.ts";
import { coveredDays, type Covered } from "./coverage.ts";
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
}

export interface StoreComparison {
  rows: CompareRow[];
  notes: string[];
}

async function countsFor(store: Store, rule: CountingRule, actorIds: string[], countries: string[], period: Period) {
  const rows = await store.count({ filter: toFilter(rule, { actorIds, countries, start: period.start, end: period.end }), byCountry: true });
  return new Map(rows.map((r) => [r.country_iso3 ?? "", r]));
}

export async function compareInStore(
  store: Store,
  q: { actorIds: string[]; countries: string[]; a: Period; b: Period; rule: CountingRule; lang?: Lang },
): Promise<StoreComparison> {
  const [ca, cb, coverage] = await Promise.all([
    countsFor(store, q.rule, q.actorIds, q.countries, q.a),
    countsFor(store, q.rule, q.actorIds, q.countries, q.b),
    store.coverage(),
  ]);
  const countries = q.countries.length ? q.countries : [...new Set([...ca.keys(), ...cb.keys()])].sort();
  const scopes = countries.length > 1 ? [...countries.map((c) => [c]), countries] : [countries];
  const notes = new Set<string>();
  const rows: CompareRow[] = scopes.map((scope) => {
    const sum = (m: Map<string, { events: number; deaths: number }>) =>
      scope.reduce((acc, c) => ({ events: acc.events + (m.get(c)?.events ?? 0), deaths: acc.deaths + (m.get(c)?.deaths ?? 0) }), { events: 0, deaths: 0 });
    const a: PeriodCounts = { period: q.a, ...sum(ca), coverage: coveredDays(q.a, coverage, q.rule.dataset, scope, q.lang) };
    const b: PeriodCounts = { period: q.b, ...sum(cb), coverage: coveredDays(q.b, coverage, q.rule.dataset, scope, q.lang) };
    for (const n of [a.coverage.note, b.coverage.note]) if (n) notes.add(scope.length === 1 ? `${scope[0]}: ${n}` : n);
    const comparison =
      a.coverage.coveredDays > 0 && b.coverage.coveredDays > 0
        ? comparePeriods(
            { a: { count: a.events, days: a.coverage.coveredDays, label: q.a.label }, b: { count: b.events, days: b.coverage.coveredDays, label: q.b.label } },
            { lang: q.lang ?? "en" },
          )
        : null;
    return { country: scope.length === 1 ? scope[0]! : "ALL", a, b, comparison };
  });
  return { rows, notes: [...notes] };
}
