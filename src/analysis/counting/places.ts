/**
 * Where: an actor's events per first-level unit (province, governorate) in two periods, each unit's rate
 * ratio over its country's covered days, sorted by the change in annualised rate, largest rise first. The
 * question users of ACLED's and UCDP's tools ask first: where is the group active now?
 */
import { annualRate, comparePeriods, type Comparison, type Lang } from "../compare/index.ts";
import type { Period } from "../../periods/index.ts";
import type { Store } from "../../store/index.ts";
import { coveredDays } from "./coverage.ts";
import { toFilter, type CountingRule } from "./rule.ts";

export interface PlaceRow {
  country: string | null;
  /** As the dataset writes it; null when the events do not say. */
  admin1: string | null;
  a: { events: number; deaths: number; coveredDays: number };
  b: { events: number; deaths: number; coveredDays: number };
  /** Events per year in a minus in b, over covered days. */
  change: number;
  /** Null when a period has no covered day in this country. */
  comparison: Comparison | null;
}

const key = (country: string | null | undefined, admin1: string | null | undefined) => `${country ?? ""}\u0000${admin1 ?? ""}`;

export async function compareByPlace(store: Store, q: { actorIds: string[]; countries: string[]; a: Period; b: Period; rule: CountingRule; lang?: Lang }): Promise<PlaceRow[]> {
  const count = (p: Period) => store.count({ filter: toFilter(q.rule, { actorIds: q.actorIds, countries: q.countries, start: p.start, end: p.end }), byAdmin1: true });
  const [ra, rb, coverage] = await Promise.all([count(q.a), count(q.b), store.coverage()]);
  const rows = new Map<string, PlaceRow>();
  const days = new Map<string, { a: number; b: number }>();
  const covered = (country: string | null) => {
    const c = country ?? "";
    if (!days.has(c)) days.set(c, { a: coveredDays(q.a, coverage, q.rule.dataset, [c]).coveredDays, b: coveredDays(q.b, coverage, q.rule.dataset, [c]).coveredDays });
    return days.get(c)!;
  };
  const row = (country: string | null, admin1: string | null): PlaceRow => {
    const k = key(country, admin1);
    let r = rows.get(k);
    if (!r) {
      const d = covered(country);
      r = { country, admin1, a: { events: 0, deaths: 0, coveredDays: d.a }, b: { events: 0, deaths: 0, coveredDays: d.b }, change: 0, comparison: null };
      rows.set(k, r);
    }
    return r;
  };
  for (const x of ra) Object.assign(row(x.country_iso3 ?? null, x.admin1 ?? null).a, { events: x.events, deaths: x.deaths });
  for (const x of rb) Object.assign(row(x.country_iso3 ?? null, x.admin1 ?? null).b, { events: x.events, deaths: x.deaths });
  for (const r of rows.values()) {
    if (r.a.coveredDays === 0 || r.b.coveredDays === 0) continue;
    r.change = annualRate(r.a.events, r.a.coveredDays) - annualRate(r.b.events, r.b.coveredDays);
    r.comparison = comparePeriods({ a: { count: r.a.events, days: r.a.coveredDays, label: q.a.label }, b: { count: r.b.events, days: r.b.coveredDays, label: q.b.label } }, { lang: q.lang ?? "en" });
  }
  return [...rows.values()].sort((x, y) => y.change - x.change || y.a.events - x.a.events || key(x.country, x.admin1).localeCompare(key(y.country, y.admin1)));
}
