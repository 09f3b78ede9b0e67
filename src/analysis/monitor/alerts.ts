/**
 * Alerts: every actor × country series with enough events, run through the same detection as `detect`
 * (detectInStore, its span rule), ranked by how strongly each is rising now: alarms in the last months first,
 * then the CUSUM's pressure in the last month, then size. The only alert algorithm; every surface shows it.
 */
import { nameOfId, type Registry } from "../../actors/index.ts";
import type { MessageLang } from "../../messages/index.ts";
import { UsageError } from "../../errors.ts";
import type { Regime } from "../detect/index.ts";
import type { Store } from "../../store/index.ts";
import { toFilter, type CountingRule } from "../counting/index.ts";
import { detectInStore } from "./scope.ts";

export interface Alert {
  actor_id: string;
  actor: string;
  country: string;
  events: number;
  /** The months analysed. */
  first_month: string;
  last_month: string;
  /** Alarms among the last `recent` months. */
  recent_alarms: string[];
  /** The CUSUM statistic over its threshold in the last month (≥ 1 means alarm). */
  pressure: number;
  /** The regime the series is in at its end. */
  current_regime: Regime | null;
  regrouping: boolean;
  /** The regrouping verdict's explanation, or why there is none. */
  explanation: string;
  counts_tail: number[];
}

export interface AlertScan {
  /** Series with at least `min_events` events and 24 covered months. */
  scanned: number;
  /** The scanned series, most pressing first; those with neither a recent alarm nor a regrouping are left out unless `all`. */
  alerts: Alert[];
}

/** Sides that are not armed groups: civilians, unattributed, governments. */
const NOT_GROUPS = new Set(["civilians", "unattributed"]);

/** Fewer covered months than this tell nothing about a regime. */
const MIN_MONTHS = 24;

export async function scanAlerts(
  store: Store,
  registry: Registry,
  q: { rule: CountingRule; minEvents: number; recentMonths: number; countries: string[]; all?: boolean; lang?: MessageLang },
): Promise<AlertScan> {
  const pairs = await store.actorCounts(toFilter(q.rule, { actorIds: [], countries: q.countries }));
  const scanned: Alert[] = [];
  for (const p of pairs) {
    if (p.events < q.minEvents || !p.country_iso3 || NOT_GROUPS.has(p.actor_id) || p.actor_id.startsWith("gov-")) continue;
    let d;
    try {
      d = await detectInStore(store, { actorIds: [p.actor_id], countries: [p.country_iso3], rule: q.rule, lang: q.lang });
    } catch (e) {
      // A series without coverage or that detection cannot read (e.g. all zeros) is not rising.
      if (e instanceof UsageError) continue;
      throw e;
    }
    if (d.months.length < MIN_MONTHS) continue;
    const tail = d.alarms.slice(-q.recentMonths);
    const last = d.alarms.at(-1);
    scanned.push({
      actor_id: p.actor_id,
      actor: nameOfId(registry, p.actor_id, q.lang),
      country: p.country_iso3,
      events: p.events,
      first_month: d.months[0] ?? "",
      last_month: d.months.at(-1) ?? "",
      recent_alarms: tail.filter((a) => a.alarm).map((a) => a.month),
      pressure: last && last.threshold ? last.statistic / last.threshold : 0,
      current_regime: d.regimes.at(-1) ?? null,
      regrouping: d.regrouping.found,
      explanation: d.regrouping.found ? d.regrouping.explanation : d.regrouping.reason,
      counts_tail: d.counts.slice(-12),
    });
  }
  const ranked = scanned.sort((a, b) => b.recent_alarms.length - a.recent_alarms.length || b.pressure - a.pressure || b.events - a.events || a.actor_id.localeCompare(b.actor_id) || a.country.localeCompare(b.country));
  return { scanned: scanned.length, alerts: q.all ? ranked : ranked.filter((a) => a.recent_alarms.length > 0 || a.regrouping) };
}
