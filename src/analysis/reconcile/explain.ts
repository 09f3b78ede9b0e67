/**
 * The reconciliation in words: what each source said or counted, why they differ (definitions, coverage,
 * issuers), and what can and cannot be concluded. Written for a reader who has not read any codebook, in the
 * reader's language (the sentences are the message catalogue's).
 */
import { messages, type MessageLang } from "../../messages/index.ts";
import type { Reconciliation } from "./types.ts";
import { countryName } from "../../places/index.ts";
import { datasetName } from "./definitions.ts";
import { recordsDeaths } from "../../sources/index.ts";

/** Everything a reconciliation found, before it is put into words. */
type Input = Omit<Reconciliation, "explanation">;

export function explain(r: Input, lang: MessageLang = "en"): string[] {
  const m = messages(lang).reconcile;
  const n = (x: number) => x.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB");
  const dec = (x: number, digits: number) => (lang === "nl" ? x.toFixed(digits).replace(".", ",") : x.toFixed(digits));
  // Countries by name in the reader's language ("Syria and Iraq", "Syrië en Irak"), as the briefing's title names them.
  const places = (cs: string[]) => (cs.length ? cs.map((c) => countryName(c, lang)).join(` ${m.and} `) : m.allCountries);
  const what = (measure: string) => m.measures[measure] ?? measure;
  const out: string[] = [];
  const where = places(r.countries);
  for (const { figure: f, period } of r.reported) {
    out.push(m.stated(f.issuer, n(f.value), what(f.measure), places(f.countries), f.period_label, m.periods[period], f.statement_date));
    if (f.measure === "claimed_attacks") out.push(m.claimed);
    if (f.measure === "operations_against") out.push(m.operations(n(f.value), r.actor.name));
  }
  const attackLike = r.reported.filter((x) => ["claimed_attacks", "attacks"].includes(x.figure.measure));
  if (attackLike.length > 1 && new Set(attackLike.map((x) => x.figure.measure)).size > 1) {
    out.push(m.differentMeasures([...new Set(attackLike.map((x) => what(x.figure.measure)))].join("; ")));
  }
  for (const d of r.datasets) {
    const name = datasetName(d.dataset);
    // A dataset's count is over the countries it counted (those with data), which may be fewer than were asked for.
    const where = d.events > 0 && d.places.length ? places(d.places) : places(r.countries);
    const definition = m.definitions[d.dataset] ?? d.definition;
    if (d.coverage.coveredDays === 0) {
      out.push(m.noData(name, r.period.label, where, d.coverage.first ? m.runs(d.coverage.first, d.coverage.last ?? "?") : "", definition));
      continue;
    }
    const partly = d.coverage.coveredDays < d.coverage.days ? m.partly(n(d.coverage.coveredDays), n(d.coverage.days)) : "";
    out.push(m.counts(name, n(d.events), r.actor.name, where, r.period.label, partly, recordsDeaths(d.dataset) ? m.withDeaths(n(d.deaths)) : "", definition));
    for (const { figure: f, period } of attackLike) {
      if (period !== "same") continue;
      const ratio = f.value > 0 ? d.events / f.value : NaN;
      const dir = d.events > f.value ? "more" : d.events < f.value ? "fewer" : "same";
      out.push(m.against(f.issuer, n(f.value), name, dir, Number.isFinite(ratio) && dir !== "same" ? dec(ratio, 2) : ""));
    }
  }
  for (const x of r.matches) {
    if (x.skipped) {
      out.push(m.notMatched(datasetName(x.a), datasetName(x.b), x.skipped));
      continue;
    }
    out.push(m.matched(n(x.matched), datasetName(x.a), datasetName(x.b), (x.shareA * 100).toFixed(0), (x.shareB * 100).toFixed(0), n(x.merged)));
  }
  if (r.reported.length === 0) out.push(m.noReported(r.actor.name, where, r.period.label));
  return out;
}
