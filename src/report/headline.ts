/**
 * The editor's headline: direction, size, deaths and the one caveat that matters most, in one sentence from the
 * catalogue. No interval or p-value (the comparison section carries those); the direction follows the 95%
 * interval, so "rose" is never said of a change chance could explain.
 */
import { formatRatio, type Comparison, type Lang } from "../analysis/compare/index.ts";
import type { CompareRow } from "../analysis/counting/index.ts";
import type { LedgerComparison } from "../analysis/ledger/index.ts";
import { messages } from "../messages/index.ts";
import type { ReportedFigure } from "../reported-figure.ts";
import { recordsDeaths } from "../sources/index.ts";

const locale = (lang: Lang) => messages(lang).locale;
const int = (n: number, lang: Lang) => n.toLocaleString(locale(lang));

/**
 * "rose 2.54×", "fell by 40%" or "no clear change", decided by the 95% interval, not the point estimate. "Rose"
 * and "fell" are read in time order, so when the period of interest ends before the reference starts (2017 against
 * 2018) the change told is from it to the reference: the ratio and its interval turned round.
 */
function direction(c: Comparison, what: string, lang: Lang, earlierFirst: boolean): string {
  const h = messages(lang).brief.headline;
  const flip = (x: number) => (earlierFirst ? 1 / x : x);
  if (c.rateRatio === null || !c.ci || (c.ci.lower <= 1 && c.ci.upper >= 1)) return h.steady(what);
  const r = flip(c.rateRatio);
  if (r > 1) return h.rose(what, formatRatio(r, lang));
  return h.fell(what, int(Math.round((1 - r) * 100), lang));
}

/** The period of interest ends before the reference starts (dates as YYYY-MM-DD). */
const before = (a: { end: string }, b: { start: string }) => a.end < b.start;

/** Said only when the lengths differ enough to matter: a leap year's extra day does not. */
const annualised = (c: Comparison) => Math.abs(c.a.days - c.b.days) > 0.02 * Math.max(c.a.days, c.b.days);

/** The headline of an event-based comparison: the total row's counts, its deaths, and the dataset's main caveat. */
export function eventHeadline(total: CompareRow & { comparison: Comparison }, dataset: string, lang: Lang): string {
  const h = messages(lang).brief.headline;
  const c = total.comparison;
  const partial = total.a.coverage.coveredDays < total.a.period.days || total.b.coverage.coveredDays < total.b.period.days;
  // "No clear change" already says chance could explain the difference; the caveat is what the data leave out.
  const caveat = partial ? h.caveat.partial : (h.dataset[dataset] ?? h.otherDataset(dataset));
  const counts = h.counts(int(total.a.events, lang), total.a.period.label, int(total.b.events, lang), total.b.period.label, annualised(c));
  // A dataset that records no deaths (GDELT) has no deaths to state: saying "0 deaths" would read as "no one died".
  const deaths = recordsDeaths(dataset) ? `${h.deaths(int(total.a.deaths, lang), total.a.period.label)}; ` : "";
  return `${direction(c, h.events, lang, before(total.a.period, total.b.period))} ${counts}; ${deaths}${caveat}.`;
}

/** The headline from officials' figures: said to be theirs, with a death toll only when one was stated for the period. */
export function ledgerHeadline(l: LedgerComparison, deaths: ReportedFigure | undefined, lang: Lang): string {
  const h = messages(lang).brief.headline;
  const c = l.comparison;
  const measures = l.a.measure !== l.b.measure;
  const issuers = l.a.issuer !== l.b.issuer;
  const caveat = measures && issuers ? h.caveat.issuersAndMeasures : measures ? h.caveat.measures : issuers ? h.caveat.issuers : h.caveat.officials;
  const counts = h.counts(int(l.a.value, lang), c.a.label, int(l.b.value, lang), c.b.label, annualised(c));
  const died = deaths ? h.deaths(int(deaths.value, lang), c.a.label) : h.noDeaths(c.a.label);
  const earlierFirst = before({ end: l.a.period_end }, { start: l.b.period_start });
  return `${direction(c, h.attacks, lang, earlierFirst)}${h.byOfficials} ${counts}; ${died}; ${caveat}.`;
}
