/**
 * Detection: regimes, CUSUM alarms and the regrouping verdict for an actor's monthly series (over the
 * covered months), and alerts: the same for the most active actors in the chosen places, listing those
 * with an alarm in the last months of the data.
 */
import { z } from "zod";
import { describeRule } from "../../analysis/counting/index.ts";
import { actorName, detectInStore, detectionSpan, type ScopeDetection } from "../../report/index.ts";
import { EventFilter } from "../../store/index.ts";
import { actorField, countriesField, periodField, ruleFields } from "../params/fields.ts";
import { parseQuery } from "../params/query.ts";
import { resolveScope } from "../params/scope.ts";
import type { RouteGroup } from "../route.ts";

/** What an answer carries of a detection: everything but the per-test dispersion detail. */
function view(d: ScopeDetection) {
  return {
    span: d.span,
    months: d.months,
    counts: d.counts,
    deaths: d.deaths,
    partial: d.partial,
    model: d.model,
    alpha: d.alpha,
    overdispersed: d.dispersion.overdispersed,
    penalty: d.penalty,
    regimes: d.regimes,
    alarms: d.alarms,
    regrouping: d.regrouping,
  };
}

export const detectRoutes: RouteGroup = (deps) => {
  const Query = z.strictObject({
    actor: actorField,
    country: countriesField.optional(),
    period: periodField.optional().describe("the span to analyse (default: every month the data cover for these countries)"),
    ...ruleFields,
  });
  const AlertsQuery = z.strictObject({
    country: countriesField.optional(),
    period: periodField.optional().describe("the span to analyse (default: every covered month)"),
    actors: z.coerce.number().int().min(1).max(30).default(12).describe("how many of the most active actors to scan"),
    recent: z.coerce.number().int().min(1).max(36).default(6).describe("an alarm counts when it falls in this many last months"),
    ...ruleFields,
  });
  return {
    capability: "detect",
    specs: [
      { method: "get", path: "/api/detect", summary: "Regimes (PELT, rate with 95% interval), month-by-month NB CUSUM alarms and a regrouping verdict for an actor's monthly series", tags: ["analysis"], query: Query },
      { method: "get", path: "/api/alerts", summary: "The most active actors in the places, scanned with detect: those with an alarm in the last months of the data", tags: ["analysis"], query: AlertsQuery },
    ],
    mount(app) {
      app.get("/api/detect", async (c) => {
        const q = parseQuery(c, Query);
        const scope = resolveScope(q, deps.registry);
        const d = await detectInStore(deps.store, { actorIds: scope.actorIds, countries: scope.countries, rule: scope.rule, period: q.period });
        return c.json({ actor: scope.actor, countries: scope.countries, rule: scope.rule, rule_text: describeRule(scope.rule, scope.actor?.name ?? q.actor), warnings: scope.warnings, ...view(d) });
      });

      app.get("/api/alerts", async (c) => {
        const q = parseQuery(c, AlertsQuery);
        const scope = resolveScope(q, deps.registry);
        const key = `alerts:${JSON.stringify([scope.countries, scope.rule, q.period?.label, q.actors, q.recent])}`;
        const answer = await deps.cache.get(key, async () => {
          const span = await detectionSpan(deps.store, { actorIds: [], countries: scope.countries, rule: scope.rule, period: q.period });
          const counts = await deps.store.actorCounts(EventFilter.parse({ countries: scope.countries, datasets: [scope.rule.dataset], start: span.start, end: span.end }));
          const totals = new Map<string, number>();
          for (const r of counts) totals.set(r.actor_id, (totals.get(r.actor_id) ?? 0) + r.events);
          const top = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, q.actors);
          const scanned = [];
          for (const [id, events] of top) {
            const d = await detectInStore(deps.store, { actorIds: [id], countries: scope.countries, rule: scope.rule, period: span });
            const recentStart = d.months.at(-q.recent) ?? d.months[0] ?? "";
            const alarms = d.alarms.filter((a) => a.alarm && a.month >= recentStart).map((a) => a.month);
            const last = d.regimes.at(-1);
            // A regrouping is news only while its rise lasts into the recent months.
            const regrouping = d.regrouping.found && d.regrouping.high.end >= recentStart ? d.regrouping.explanation : null;
            scanned.push({
              actor: { id, name: actorName(deps.registry, id) },
              events,
              alarms,
              latest_alarm: alarms.at(-1) ?? null,
              current_regime: last ?? null,
              regrouping,
            });
          }
          return { span, recent: q.recent, scanned: scanned.length, alerts: scanned.filter((s) => s.alarms.length > 0 || s.regrouping !== null) };
        });
        return c.json({ countries: scope.countries, rule_text: describeRule(scope.rule, "each actor"), ...answer });
      });
    },
  };
};
