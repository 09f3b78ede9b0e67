/** The briefing's table cells, shared by the md and html renderings so both print the same figures. */
import { formatP, formatRatio, type Lang } from "../analysis/compare/index.ts";
import type { CompareRow, PeriodCounts, PlaceRow } from "../analysis/counting/index.ts";
import { datasetName } from "../analysis/reconcile/index.ts";
import { measureWords } from "../analysis/ledger/index.ts";
import { messages } from "../messages/index.ts";
import type { ReportedFigure } from "../reported-figure.ts";
import type { BriefingData } from "./data.ts";
import type { BriefingWords } from "./words.ts";

const locale = (lang: Lang) => messages(lang).locale;
const int = (n: number, lang: Lang) => n.toLocaleString(locale(lang));
const one = (n: number, lang: Lang) => n.toLocaleString(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The p column's header: a symbol, the same in every language. */
const P = "p";

/** One header row, each period's label in its columns' headers (Markdown has a single header row). */
export function tableHeader(rows: CompareRow[], w: BriefingWords): string[] {
  const [la, lb] = periodLabels(rows);
  return [w.country, `${la} ${w.events}`, w.deaths, w.days, w.perYear, `${lb} ${w.events}`, w.deaths, w.days, w.perYear, w.ratio, w.ci, P];
}

/** Two header rows for HTML: the periods over their four columns, then short column names that fit A4. */
export function tableHeaderGroups(rows: CompareRow[], w: BriefingWords): { groups: Array<{ label: string; span: number }>; columns: string[] } {
  const [la, lb] = periodLabels(rows);
  const per = [w.events, w.deaths, w.days, w.perYear];
  return { groups: [{ label: "", span: 1 }, { label: la, span: 4 }, { label: lb, span: 4 }, { label: "", span: 3 }], columns: [w.country, ...per, ...per, w.ratio, w.ci, P] };
}

function periodLabels(rows: CompareRow[]): [string, string] {
  return [rows[0]?.a.period.label ?? "A", rows[0]?.b.period.label ?? "B"];
}

/**
 * A period without covered days has no count: "–", never a zero that reads as "nothing happened"; nor has a dataset
 * that records no deaths (GDELT) a deaths figure.
 */
function side(p: PeriodCounts, rate: number | undefined, lang: Lang, deathsRecorded: boolean): string[] {
  const none = p.coverage.coveredDays === 0;
  return [none ? "–" : int(p.events, lang), none || !deathsRecorded ? "–" : int(p.deaths, lang), int(p.coverage.coveredDays, lang), rate === undefined ? "–" : one(rate, lang)];
}

export function tableRows(rows: CompareRow[], w: BriefingWords, lang: Lang, deathsRecorded = true): string[][] {
  return rows.map((r) => {
    const c = r.comparison;
    const ratio = c?.rateRatio == null ? "–" : c.rateRatio === Infinity ? "∞" : `${formatRatio(c.rateRatio, lang)}×`;
    const ci = c?.ci ? `${formatRatio(c.ci.lower, lang)}–${c.ci.upper === Infinity ? "∞" : formatRatio(c.ci.upper, lang)}` : "–";
    const p = c?.pValue == null ? "–" : formatP(c.pValue, 0.05, lang).replace(/^p (= )?/, "");
    return [r.country === "ALL" ? w.all : r.country, ...side(r.a, c?.a.annualRate, lang, deathsRecorded), ...side(r.b, c?.b.annualRate, lang, deathsRecorded), ratio, ci, p];
  });
}

/** The "other sources" table's header: places beside each figure, so figures for different places are not read as rivals. */
export function reconcileHeader(w: BriefingWords): string[] {
  return [w.source, w.period, w.places, w.count, w.whatItCounts];
}

/** Rows of the reconciliation section: each dataset's count and each reported figure, for both periods. */
export function reconcileRows(d: BriefingData, w: BriefingWords): string[][] {
  const lang = d.lang;
  const rows: string[][] = [];
  const defined = new Set<string>();
  const here = d.countries.length ? [...d.countries].sort().join("+") : w.allCountries;
  for (const r of [d.reconciliation.a, d.reconciliation.b]) {
    for (const x of r.datasets) {
      // Each dataset's definition once; its later rows point back to it.
      // The dataset's short description here; its full definition is in the explanation under the table.
      rows.push([datasetName(x.dataset), r.period.label, here, x.coverage.coveredDays > 0 ? int(x.events, lang) : "–", defined.has(x.dataset) ? "″" : (messages(lang).rule.datasets[x.dataset] ?? x.definition)]);
      defined.add(x.dataset);
    }
    for (const { figure: f } of r.reported) rows.push(figureRow(f, lang));
  }
  // A figure overlapping both periods is listed once.
  return rows.filter((row, i) => rows.findIndex((o) => o.join("|") === row.join("|")) === i);
}

function figureRow(f: ReportedFigure, lang: Lang): string[] {
  return [f.issuer, f.period_label, [...f.countries].sort().join("+"), int(f.value, lang), measureWords(f.measure, lang)];
}

/** The ledger table's header and rows: the two figures the fallback comparison sets side by side. */
export function ledgerHeader(w: BriefingWords): string[] {
  return [w.period, w.places, w.figure, w.whatItCounts, w.issuer, w.statedOn];
}

export function ledgerRows(figures: ReportedFigure[], lang: Lang): string[][] {
  return figures.map((f) => [f.period_label, [...f.countries].sort().join("+"), int(f.value, lang), measureWords(f.measure, lang), f.issuer, f.statement_date]);
}

/** The "where" table's header and rows: province (with its country), events in each period, the rate ratio. */
export function placeHeader(d: BriefingData, w: BriefingWords): string[] {
  return [w.province, w.periodEvents(d.period.label), w.periodEvents(d.vs.label), w.ratio];
}

export function placeRows(places: PlaceRow[], w: BriefingWords, lang: Lang): string[][] {
  return places.map((p) => {
    const c = p.comparison;
    const ratio = c?.rateRatio == null ? "–" : c.rateRatio === Infinity ? "∞" : `${formatRatio(c.rateRatio, lang)}×`;
    return [`${p.admin1 ?? w.notGiven}${p.country ? ` (${p.country})` : ""}`, int(p.a.events, lang), int(p.b.events, lang), ratio];
  });
}
