/** The comparison table's cells, shared by the md and html renderings so both print the same figures. */
import { formatP, formatRatio, type Lang } from "../analysis/compare/index.ts";
import type { CompareRow } from "../analysis/counting/index.ts";
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
