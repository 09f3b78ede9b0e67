/**
 * Which days a dataset covers for the chosen countries: each country's spans (one per ingested batch, declared
 * or inferred: store CoverageSpan) joined into their union, so the days between two files stay uncovered;
 * then the days every chosen country covers (a total over countries with different coverage would otherwise
 * mix a covered country with an uncovered one), or, `pooled` with no country chosen, the days any covers.
 */
import type { DatasetCoverage } from "../../store/index.ts";
import { daysInclusive } from "../../periods/index.ts";

/** Inclusive YYYY-MM-DD days. */
export interface DaySpan {
  first: string;
  last: string;
}

/** Spans sorted and merged: overlapping or touching spans (one ends the day before the next starts) become one. */
export function unionOf(spans: DaySpan[]): DaySpan[] {
  const out: DaySpan[] = [];
  for (const s of [...spans].sort((a, b) => a.first.localeCompare(b.first))) {
    const cur = out.at(-1);
    if (cur && daysInclusive(cur.last, s.first) <= 2) cur.last = s.last > cur.last ? s.last : cur.last;
    else out.push({ ...s });
  }
  return out;
}

/** The days both unions cover (each sorted and merged, as unionOf returns them). */
export function intersectionOf(a: DaySpan[], b: DaySpan[]): DaySpan[] {
  const out: DaySpan[] = [];
  for (const x of a) {
    for (const y of b) {
      const first = x.first > y.first ? x.first : y.first;
      const last = x.last < y.last ? x.last : y.last;
      if (first <= last) out.push({ first, last });
    }
  }
  return unionOf(out);
}

/** A coverage row's spans; a row not read from a store (no spans) covers its first to last event. */
function rowSpans(r: DatasetCoverage): DaySpan[] {
  return r.spans && r.spans.length > 0 ? r.spans.map((s) => ({ first: s.first, last: s.last })) : [{ first: r.first_date, last: r.last_date }];
}

/**
 * The days `dataset` covers over `countries` (all in the store when none is chosen), as sorted disjoint spans;
 * `missing` names the chosen countries without data.
 */
export function coveredSpans(
  coverage: DatasetCoverage[],
  dataset: string,
  countries: string[],
  pooled = false,
): { spans: DaySpan[] } | { missing: string[] } {
  const rows = coverage.filter((c) => c.dataset === dataset && (countries.length === 0 || countries.includes(c.country_iso3 ?? "")));
  if (rows.length === 0) return { missing: countries };
  const per = new Map<string, DaySpan[]>();
  for (const r of rows) {
    const key = pooled && countries.length === 0 ? "*" : (r.country_iso3 ?? "");
    per.set(key, [...(per.get(key) ?? []), ...rowSpans(r)]);
  }
  const missing = countries.filter((c) => !per.has(c));
  if (missing.length > 0) return { missing };
  const unions = [...per.values()].map(unionOf);
  return { spans: unions.slice(1).reduce(intersectionOf, unions[0]!) };
}
