/**
 * `alerts`: every actor × country series with enough events, run through detection, ranked by how strongly
 * each is rising now (the CUSUM's last months), with regrouping verdicts beside them.
 */
import type { Registry } from "../../actors/index.ts";
import type { Store } from "../../store/index.ts";
import { toFilter, type CountingRule } from "../counting/index.ts";
import { detect, type DetectResult } from "../detect/index.ts";
import { monthlySeries } from "./series.ts";

export interface Alert {
  actor_id: string;
  actor: string;
  country: string;
  events: number;
  last_month: string;
  /** Alarms among the last `recentMonths` months. */
  recent_alarms: string[];
  /** The CUSUM statistic over its threshold in the last month (≥ 1 means alarm). */
  pressure: number;
  regrouping: boolean;
  explanation: string;
  counts_tail: number[];
}

const NOT_GROUPS = new Set(["civilians", "unattributed"]);

export async function scanAlerts(
  store: Store,
  registry: Registry,
  q: { rule: CountingRule; minEvents?: number; recentMonths?: number; countries?: string[] },
): Promise<Alert[]> {
  const minEvents = q.minEvents ?? 50;
  const recent = q.recentMonths ?? 3;
  const pairs = await store.actorCounts(toFilter(q.rule, { actorIds: [], countries: q.countries ?? [] }));
  const out: Alert[] = [];
  for (const p of pairs) {
    if (p.events < minEvents || !p.country_iso3 || NOT_GROUPS.has(p.actor_id) || p.actor_id.startsWith("gov-")) continue;
    const series = await monthlySeries(store, { actorIds: [p.actor_id], countries: [p.country_iso3], rule: q.rule });
    if (series.counts.length < 24) continue;
    let r: DetectResult;
    try {
      r = detect(series);
    } catch {
      // A series detection cannot read (e.g. all zeros) is not rising; skip it rather than fail the scan.
      continue;
    }
    const tail = r.alarms.slice(-recent);
    const last = r.alarms.at(-1);
    out.push({
      actor_id: p.actor_id,
      actor: registry.actors.get(p.actor_id)?.name ?? p.actor_id,
      country: p.country_iso3,
      events: p.events,
      last_month: series.months.at(-1) ?? "",
      recent_alarms: tail.filter((a) => a.alarm).map((a) => a.month),
      pressure: last && last.threshold ? last.statistic / last.threshold : 0,
      regrouping: r.regrouping.found,
      explanation: r.regrouping.found ? r.regrouping.explanation : r.regrouping.reason,
      counts_tail: series.counts.slice(-12),
    });
  }
  return out.sort((a, b) => b.recent_alarms.length - a.recent_alarms.length || b.pressure - a.pressure || b.events - a.events);
}
