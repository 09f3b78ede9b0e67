/**
 * Checking one count claim: the ledger (a figure with the same issuer, period and places is the claim's own
 * source) and each dataset in the store (with its definition and whether it covers the period).
 */
import type { Registry } from "../../actors/index.ts";
import { coveredDays, defaultRuleFor, toFilter } from "../../analysis/counting/index.ts";
import { datasetName } from "../../analysis/reconcile/index.ts";
import { daysInclusive, type Period } from "../../periods/index.ts";
import { regionName, unitWords, type Messages } from "../../messages/index.ts";
import type { ReportedFigure } from "../../reported/index.ts";
import type { Store } from "../../store/index.ts";
import type { Claim } from "../claim.ts";
import { agrees } from "./tolerance.ts";
import type { ClaimVerdict, Evidence, Verdict } from "./types.ts";
import { RELATED_MEASURE, SAME_MEASURE, datasetQuantity } from "./units.ts";

/** Short names texts use for issuers, spelled out as ledgers write them. */
const ISSUER_NAMES: Record<string, string[]> = {
  centcom: ["central command", "centcom"],
  un: ["united nations", "un "],
  vn: ["united nations", "verenigde naties"],
  onu: ["united nations", "nations unies"],
};

/** Whether the issuer a text credits is the one the ledger has the figure from. */
function sameIssuer(credited: string, issuer: string): boolean {
  const c = credited.toLowerCase().replace(/[^a-z ]/g, "").trim();
  const i = ` ${issuer.toLowerCase()} `;
  return i.includes(c) || (ISSUER_NAMES[c.replace(/ /g, "")] ?? []).some((n) => i.includes(n));
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function periodOf(c: Claim): Period | null {
  if (!c.period_start || !c.period_end) return null;
  return { spec: c.period_expression ?? "", label: `${c.period_start}..${c.period_end}`, start: c.period_start, end: c.period_end, days: daysInclusive(c.period_start, c.period_end) };
}

/**
 * A ledger figure the text presents for fewer places than it was given for: same group, period and (or
 * related) measure, the same number, but the official's places are a strict superset of the text's — CENTCOM's
 * 153 for Iraq and Syria together, printed as 153 in Syria.
 */
function narrowedFrom(c: Claim, period: Period, figures: ReportedFigure[]): ReportedFigure | undefined {
  if (c.countries.length === 0 || c.quantity == null) return undefined;
  const measures = [...(SAME_MEASURE[c.unit] ?? []), ...(RELATED_MEASURE[c.unit] ?? [])];
  return figures.find(
    (f) =>
      f.period_start === period.start && f.period_end === period.end && measures.includes(f.measure) &&
      f.countries.length > c.countries.length && c.countries.every((x) => f.countries.includes(x)) &&
      agrees(f.value, c.quantity!, c.qualifier),
  );
}

/**
 * Why a dataset's count would be a part of what the claim is about, or null when the dataset covers its scope: a
 * region without a list of countries (the Sahel, the World), or countries some of which the store lacks.
 */
function widerScope(c: Claim, covered: string[], name: string, m: Messages): string | null {
  const list = covered.join(", ") || m.check.noCountry;
  if (c.countries.length === 0) return c.region ? m.check.scopeRegion(name, regionName(m, c.region), list) : null;
  const missing = c.countries.filter((x) => !covered.includes(x));
  // All missing is no data at all, said by the coverage line; some missing is a part passed off as the whole.
  return missing.length > 0 && missing.length < c.countries.length ? m.check.scopeCountries(name, missing.join(", "), list) : null;
}

/** Checks one count claim against the ledger and against each dataset the store holds. */
export async function checkCount(store: Store, registry: Registry, c: Claim, quote: string, m: Messages): Promise<ClaimVerdict> {
  const base = { claim: c, quote };
  const w = m.check;
  const n = (v: number) => v.toLocaleString(m.locale);
  const unit = unitWords(m, c.unit);
  const period = periodOf(c);
  if (!c.actor_id || !period || c.quantity == null) {
    const missing = [!c.actor_id && w.missing.group, !period && w.missing.period, c.quantity == null && w.missing.figure].filter(Boolean).join(", ");
    return { ...base, verdict: "unchecked", summary: w.unclear(missing), evidence: [] };
  }
  const evidence: Evidence[] = [];
  const figures = await store.reported({ actorIds: [c.actor_id], countries: c.countries.length ? c.countries : undefined, start: period.start, end: period.end });
  const samePeriod = figures.filter((f) => f.period_start === period.start && f.period_end === period.end && (c.countries.length === 0 || sameSet(f.countries, c.countries)));
  let ledgerVerdict: Verdict | undefined;
  for (const f of samePeriod) {
    const same = (SAME_MEASURE[c.unit] ?? []).includes(f.measure);
    const related = (RELATED_MEASURE[c.unit] ?? []).includes(f.measure);
    if (!same && !related) continue;
    const ok = same && agrees(f.value, c.quantity, c.qualifier);
    evidence.push({
      kind: "ledger",
      source: f.issuer,
      value: f.value,
      comparable: same,
      url: f.source_url,
      text: !same
        ? w.statedOther(f.issuer, n(f.value), m.reconcile.measures[f.measure] ?? f.measure, unit)
        : ok
          ? w.statedAsText(f.issuer, n(f.value), m.reconcile.measures[f.measure] ?? f.measure, f.statement_date)
          : w.statedNot(f.issuer, n(f.value), m.reconcile.measures[f.measure] ?? f.measure, f.statement_date, c.quantity_text ?? n(c.quantity)),
    });
    if (same && c.attributed_source && !sameIssuer(c.attributed_source, f.issuer)) {
      evidence.push({ kind: "ledger", source: f.issuer, value: f.value, comparable: true, url: f.source_url, text: w.credits(c.attributed_source, f.issuer) });
    }
    if (same) ledgerVerdict = ok ? "consistent" : ledgerVerdict === "consistent" ? "consistent" : "inconsistent";
    else if (!ledgerVerdict && agrees(f.value, c.quantity, c.qualifier)) ledgerVerdict = "not_comparable";
  }
  const narrowed = narrowedFrom(c, period, figures);
  if (narrowed) {
    evidence.push({ kind: "ledger", source: narrowed.issuer, value: narrowed.value, comparable: false, url: narrowed.source_url, text: m.check.narrowed(narrowed.issuer, n(narrowed.value), narrowed.countries.join("+"), c.countries.join("+")) });
    ledgerVerdict ??= "inconsistent";
  }
  const quantity = datasetQuantity(c.unit);
  const coverage = await store.coverage();
  let wider = false;
  for (const dataset of [...new Set(coverage.map((x) => x.dataset))].sort()) {
    const name = datasetName(dataset);
    const scope = widerScope(c, [...new Set(coverage.filter((x) => x.dataset === dataset).map((x) => x.country_iso3 ?? ""))].filter(Boolean).sort(), name, m);
    if (scope) {
      evidence.push({ kind: "dataset", source: name, value: null, comparable: false, text: scope });
      wider = true;
      continue;
    }
    const cov = coveredDays(period, coverage, dataset, c.countries);
    if (cov.coveredDays === 0 || !quantity) {
      evidence.push({ kind: "dataset", source: name, value: null, comparable: false, text: quantity ? w.noDataHere(name, cov.last ? w.runsTo(cov.last) : "") : w.notCounted(name, unit) });
      continue;
    }
    const [row] = await store.count({ filter: toFilter(defaultRuleFor(dataset), { actorIds: [c.actor_id], countries: c.countries, start: period.start, end: period.end }) });
    const value = quantity === "events" ? (row?.events ?? 0) : (row?.deaths ?? 0);
    const partial = cov.coveredDays < period.days ? w.partialDays(n(cov.coveredDays), n(period.days)) : "";
    const actor = registry.actors.get(c.actor_id)?.name ?? c.actor_id;
    evidence.push({ kind: "dataset", source: name, value, comparable: false, text: w.datasetHas(name, n(value), w.quantities[quantity], actor, partial, m.reconcile.definitions[dataset] ?? w.ownDefinition) });
  }
  const verdict: Verdict = ledgerVerdict ?? (wider || evidence.some((e) => e.kind === "dataset" && e.value !== null) ? "not_comparable" : "no_data");
  const relatedSame = evidence.find((e) => e.kind === "ledger" && !e.comparable && e.value === c.quantity);
  const summary = {
    consistent: w.summary.consistent,
    inconsistent: w.summary.inconsistent,
    not_comparable: !ledgerVerdict && wider ? w.scopeWider : relatedSame ? w.summary.matchesOther(relatedSame.source, unit) : w.summary.otherThing(unit),
    no_data: w.summary.noData(period.start, period.end),
    unchecked: "",
  }[verdict];
  return { ...base, verdict, summary: narrowed && ledgerVerdict === "inconsistent" && !evidence.some((e) => e.kind === "ledger" && e.comparable) ? m.check.narrowedSummary(narrowed.issuer, narrowed.countries.join("+")) : summary, evidence };
}
