/**
 * The one function that builds a briefing's data: the comparison (compareInStore, the same function the
 * CLI and the API's /api/compare use, so the numbers agree everywhere), the monthly series around the two
 * periods, the map points of each period, and the words around them. md, html, pdf and the API's JSON
 * are renderings of this.
 */
import { actorIdsFor, compareByPlace, compareInStore, describeRule, seriesInStore, toFilter, type PlaceRow, type SeriesPoint, type StoreComparison } from "../analysis/counting/index.ts";
import { resolveName, type Registry } from "../actors/index.ts";
import { countryName } from "../places/index.ts";
import type { Lang } from "../analysis/compare/index.ts";
import type { CountingRule } from "../analysis/counting/index.ts";
import type { Period } from "../periods/index.ts";
import { UCDP_CITATION } from "../sources/index.ts";
import type { Store } from "../store/index.ts";
import { reconcile, type Reconciliation } from "../analysis/reconcile/index.ts";
import type { Regime } from "../analysis/detect/index.ts";
import { detectInStore } from "../analysis/monitor/index.ts";
import { ledgerComparison, type LedgerComparison } from "../analysis/ledger/index.ts";
import { UsageError } from "../errors.ts";
import { mapPoints, type MapPoints } from "./points.ts";
import { briefingSpan, monthCovered, type Span } from "./span.ts";
import { briefingWords } from "./words.ts";
import { eventHeadline, ledgerHeadline } from "./headline.ts";
import { recordsDeaths } from "../sources/index.ts";

/** A death toll officials stated for exactly the ledger figure's period and places, if any. */
function deathsStated(rec: Reconciliation, ledger: LedgerComparison) {
  const a = ledger.a;
  return rec.reported.map((r) => r.figure).find((f) => f.measure === "deaths" && f.period_start === a.period_start && f.period_end === a.period_end && [...f.countries].sort().join() === [...a.countries].sort().join());
}

export interface BriefingQuery {
  /** The actor as the user wrote it (any alias). */
  actor: string;
  countries: string[];
  period: Period;
  vs: Period;
  rule: CountingRule;
  lang: Lang;
}

export interface BriefingSeriesPoint extends SeriesPoint {
  covered: boolean;
}

export interface BriefingData {
  generated: string;
  lang: Lang;
  actor: { id: string; name: string; known: boolean };
  countries: string[];
  period: Period;
  vs: Period;
  rule: CountingRule;
  ruleText: string;
  /** Whether the rule's dataset records deaths; when not (GDELT), the tables show "–" for them. */
  deathsRecorded: boolean;
  title: string;
  /** For an editor: direction, size, deaths and the main caveat, without statistics. */
  headline: string;
  /** The comparison's full sentence (rate ratio, interval, p), or the ledger's, or why there is none. */
  finding: string;
  comparison: StoreComparison;
  /** Where: the provinces with events in either period, largest rise in annualised rate first (at most 8). */
  places: PlaceRow[];
  /** When the store has no events to compare: the officials' figures for both periods (the ledger), else null. */
  ledger: LedgerComparison | null;
  series: { span: Span; points: BriefingSeriesPoint[] };
  map: { a: MapPoints; b: MapPoints };
  /** Regimes and alarm months of the covered months shown, or why there are none. */
  detection: { regimes: Regime[]; alarms: string[]; regrouping: string | null } | { reason: string };
  /** Every dataset's count and every reported figure, for each period. */
  reconciliation: { a: Reconciliation; b: Reconciliation };
  caveats: string[];
  sources: string[];
  warnings: string[];
}

export interface BriefingDeps {
  store: Store;
  registry: Registry;
  now: () => Date;
  /** Points per period on the map. */
  maxPoints?: number;
}

/**
 * Builds everything a briefing shows.
 * @example
 * const data = await buildBriefing({ actor: "IS", countries: ["SYR", "IRQ"], period: parsePeriod("2017"), vs: parsePeriod("2018"), rule: CountingRule.parse({}), lang: "en" }, { store, registry, now: () => new Date() });
 */
export async function buildBriefing(q: BriefingQuery, deps: BriefingDeps): Promise<BriefingData> {
  const w = briefingWords(q.lang);
  const r = resolveName(deps.registry, q.actor, q.lang); // named for the reader: "Islamitische Staat" in Dutch
  const actor = { id: r.id, name: r.name, known: r.known };
  const actorIds = actorIdsFor(actor.id, q.rule, deps.registry);
  const max = deps.maxPoints ?? 1000;
  const pointsFor = (p: Period) => mapPoints(deps.store, deps.registry, toFilter(q.rule, { actorIds, countries: q.countries, start: p.start, end: p.end }), max, q.lang);
  const span = await briefingSpan(deps.store, q.rule.dataset, q.countries, q.period, q.vs);
  const [comparison, series, a, b, detection, recA, recB, places] = await Promise.all([
    compareInStore(deps.store, { actorIds, countries: q.countries, a: q.period, b: q.vs, rule: q.rule, lang: q.lang }),
    seriesInStore(deps.store, { actorIds, countries: q.countries, start: span.period.start, end: span.period.end, by: "month", rule: q.rule }),
    pointsFor(q.period),
    pointsFor(q.vs),
    detectInStore(deps.store, { actorIds, countries: q.countries, rule: q.rule, period: span.period, lang: q.lang }).then(
      (d) => ({ regimes: d.regimes, alarms: d.alarms.filter((x) => x.alarm).map((x) => x.month), regrouping: d.regrouping.found ? d.regrouping.explanation : null }),
      // No covered month in the span: nothing to detect, and the briefing says why.
      (e: unknown) => {
        if (e instanceof UsageError) return { reason: e.message };
        throw e;
      },
    ),
    reconcile(deps.store, deps.registry, { actorId: actor.id, countries: q.countries, period: q.period, lang: q.lang }),
    reconcile(deps.store, deps.registry, { actorId: actor.id, countries: q.countries, period: q.vs, lang: q.lang }),
    compareByPlace(deps.store, { actorIds, countries: q.countries, a: q.period, b: q.vs, rule: q.rule, lang: q.lang }),
  ]);
  const total = comparison.rows.at(-1);
  const ledger = total?.comparison ? null : ledgerComparison([...recA.reported, ...recB.reported].map((l) => l.figure), { a: q.period, b: q.vs, actorIds, countries: q.countries, lang: q.lang });
  const names = q.countries.map((c) => countryName(c, q.lang));
  const where = names.length ? names.join(names.length === 2 ? ` ${w.and} ` : ", ") : w.allCountries;
  return {
    generated: deps.now().toISOString().slice(0, 10),
    lang: q.lang,
    actor,
    countries: q.countries,
    period: q.period,
    vs: q.vs,
    rule: q.rule,
    ruleText: describeRule(q.rule, actor.name, q.lang),
    deathsRecorded: recordsDeaths(q.rule.dataset),
    title: w.title(actor.name, where, q.period.label, q.vs.label),
    headline: total?.comparison ? eventHeadline({ ...total, comparison: total.comparison }, q.rule.dataset, q.lang) : ledger ? ledgerHeadline(ledger, deathsStated(recA, ledger), q.lang) : w.noComparison,
    finding: total?.comparison?.sentence ?? ledger?.comparison.sentence ?? w.noComparison,
    comparison,
    places: places.filter((p) => p.a.events + p.b.events > 0).slice(0, 8),
    ledger,
    series: { span, points: series.map((p) => ({ ...p, covered: monthCovered(p.bucket, span.covered) })) },
    map: { a, b },
    detection,
    reconciliation: { a: recA, b: recB },
    caveats: [...w.caveatList, ...comparison.notes],
    sources: q.rule.dataset === "ucdp-ged" ? [UCDP_CITATION] : [w.otherCitation(q.rule.dataset)],
    warnings: actor.known ? [] : [w.unknownActor(q.actor, actor.id)],
  };
}

