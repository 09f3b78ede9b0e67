/**
 * How much of a period a dataset covers for the chosen countries. Rates use covered days, not calendar
 * days, so a half-covered year is not read as a halved rate; the result says so. Covered days are those
 * inside the spans the ingested batches cover (covered-spans.ts), so a gap between two files is no data.
 */
import type { DatasetCoverage } from "../../store/index.ts";
import type { Period } from "../../periods/index.ts";
import { overlapDays } from "../../periods/index.ts";
import { messages, type MessageLang } from "../../messages/index.ts";
import { coveredSpans } from "./covered-spans.ts";

export interface Covered {
  days: number;
  /** The period's days with data; 0 when the dataset has nothing for it. */
  coveredDays: number;
  /** The first and last covered day (days between them may be uncovered: see the note). */
  first?: string;
  last?: string;
  note?: string;
}

/**
 * The span of days a dataset's data cover over the chosen countries: each country's first to last event, then
 * the span every one of them covers (a total over countries whose data end at different dates would otherwise
 * mix a covered country with an uncovered one). With no country chosen, each country in the store counts,
 * unless `pooled`: then the whole dataset is one place. `missing` names the chosen countries without data.
 */
export function commonSpan(
  coverage: DatasetCoverage[],
  dataset: string,
  countries: string[],
  pooled = false,
): { first: string; last: string } | { missing: string[] } {
  const rows = coverage.filter((c) => c.dataset === dataset && (countries.length === 0 || countries.includes(c.country_iso3 ?? "")));
  if (rows.length === 0) return { missing: countries };
  const spans = new Map<string, { first: string; last: string }>();
  for (const r of rows) {
    const key = pooled && countries.length === 0 ? "*" : (r.country_iso3 ?? "");
    const s = spans.get(key);
    spans.set(key, s ? { first: r.first_date < s.first ? r.first_date : s.first, last: r.last_date > s.last ? r.last_date : s.last } : { first: r.first_date, last: r.last_date });
  }
  const missing = countries.filter((c) => !spans.has(c));
  if (missing.length > 0) return { missing };
  const first = [...spans.values()].map((s) => s.first).sort().at(-1)!;
  const last = [...spans.values()].map((s) => s.last).sort()[0]!;
  return { first, last };
}

/**
 * How many of the period's days the dataset covers for the chosen countries: the days inside the union of
 * each country's covered spans (gaps between ingested files are not covered), common to every country.
 */
export function coveredDays(period: Period, coverage: DatasetCoverage[], dataset: string, countries: string[], lang: MessageLang = "en"): Covered {
  const m = messages(lang).coverage;
  const found = coveredSpans(coverage, dataset, countries);
  if ("missing" in found) return { days: period.days, coveredDays: 0, note: m.noEvents(dataset, found.missing.join(", ") || m.anyCountry) };
  const { spans } = found;
  const covered = spans.reduce((n, s) => n + overlapDays(period, { start: s.first, end: s.last }), 0);
  const first = spans[0]?.first;
  const last = spans.at(-1)?.last;
  const runs = spans.length > 0 ? spans.map((s) => `${s.first}..${s.last}`).join(m.and) : m.noCommonDays;
  let note: string | undefined;
  if (covered === 0) note = m.noData(period.label, dataset, runs);
  else if (covered < period.days) note = m.partly(period.label, covered, period.days, dataset, runs);
  return { days: period.days, coveredDays: covered, ...(first && last ? { first, last } : {}), note };
}
