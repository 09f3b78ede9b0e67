/** The comparison table's cells, shared by the md and html renderings so both print the same figures. */
import { formatP, formatRatio, type Lang } from "../analysis/compare/index.ts";
import type { CompareRow, PlaceRow } from "../analysis/counting/index.ts";
import { datasetName } from "../analysis/reconcile/index.ts";
import { MEASURE_WORDS } from "../reported/index.ts";
import type { BriefingData } from "./data.ts";
import type { BriefingWords } from "./words.ts";

const int = (n: number, lang: Lang) => n.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB");
const one = (n: number, lang: Lang) => n.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function tableHeader(rows: CompareRow[], w: BriefingWords): string[] {
  const la = rows[0]?.a.period.label ?? "A";
  const lb = rows[0]?.b.period.label ?? "B";
  return [w.country, `${la} ${w.events}`, w.deaths, w.days, w.perYear, `${lb} ${w.events}`, w.deaths, w.days, w.perYear, w.ratio, w.ci, w.p];
}

export function tableRows(rows: CompareRow[], w: BriefingWords, lang: Lang): string[][] {
  return rows.map((r) => {
    const c = r.comparison;
    const ratio = c?.rateRatio == null ? "–" : c.rateRatio === Infinity ? "∞" : `${formatRatio(c.rateRatio, lang)}×`;
    const ci = c?.ci ? `${formatRatio(c.ci.lower, lang)}–${c.ci.upper === Infinity ? "∞" : formatRatio(c.ci.upper, lang)}` : "–";
    const p = c?.pValue == null ? "–" : formatP(c.pValue, 0.05, lang).replace(/^p (= )?/, "");
    return [
      r.country === "ALL" ? w.all : r.country,
      int(r.a.events, lang), int(r.a.deaths, lang), int(r.a.coverage.coveredDays, lang), c ? one(c.a.annualRate, lang) : "–",
      int(r.b.events, lang), int(r.b.deaths, lang), int(r.b.coverage.coveredDays, lang), c ? one(c.b.annualRate, lang) : "–",
      ratio, ci, p,
    ];
  });
}

/** Rows of the reconciliation section: each dataset's count and each reported figure, for both periods. */
export function reconcileRows(d: BriefingData, lang: Lang): string[][] {
  const rows: string[][] = [];
  const defined = new Set<string>();
  for (const r of [d.reconciliation.a, d.reconciliation.b]) {
    for (const x of r.datasets) {
      // Each dataset's definition once; its later rows point back to it.
      rows.push([datasetName(x.dataset), r.period.label, x.coverage.coveredDays > 0 ? int(x.events, lang) : "–", defined.has(x.dataset) ? "″" : x.definition]);
      defined.add(x.dataset);
    }
    for (const { figure: f } of r.reported) rows.push([f.issuer, f.period_label, int(f.value, lang), MEASURE_WORDS[f.measure]]);
  }
  // A figure overlapping both periods is listed once.
  return rows.filter((row, i) => rows.findIndex((o) => o.join("|") === row.join("|")) === i);
}

/** The "where" table's rows: province (with its country), events in each period, the rate ratio. */
export function placeRows(places: PlaceRow[], w: BriefingWords, lang: Lang): string[][] {
  const n = (x: number) => x.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB");
  return places.map((p) => {
    const c = p.comparison;
    const ratio = c?.rateRatio == null ? "–" : c.rateRatio === Infinity ? "∞" : `${formatRatio(c.rateRatio, lang)}×`;
    return [`${p.admin1 ?? w.notGiven}${p.country ? ` (${p.country})` : ""}`, n(p.a.events), n(p.b.events), ratio];
  });
}
