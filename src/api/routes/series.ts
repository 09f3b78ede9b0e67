/** A count series in calendar buckets, zero-filled, counted in the store under a rule. */
import { z } from "zod";
import { describeRule, seriesInStore } from "../../analysis/counting/index.ts";
import { UsageError } from "../../errors.ts";
import { granularities, type Granularity, type Period } from "../../periods/index.ts";
import { actorField, countriesField, periodField, ruleFields } from "../params/fields.ts";
import { parseQuery } from "../params/query.ts";
import { resolveScope } from "../params/scope.ts";
import type { RouteGroup } from "../route.ts";

/** Most buckets one series may have (a century of months). */
export const MAX_BUCKETS = 1200;

const DAYS: Record<Granularity, number> = { month: 28, quarter: 90, year: 365 };

/** Refuses a series with more buckets than MAX_BUCKETS before it is built. */
export function assertBuckets(period: Period, by: Granularity, param = "period"): void {
  if (period.days / DAYS[by] > MAX_BUCKETS + 2) throw new UsageError(`query parameter "${param}": ${period.label} by ${by} has more than ${MAX_BUCKETS} buckets`, "choose a shorter period or a coarser bucket");
}

export const seriesRoutes: RouteGroup = (deps) => {
  const Query = z.strictObject({
    actor: actorField.optional(),
    country: countriesField.optional(),
    period: periodField,
    by: z.enum(granularities).default("month"),
    ...ruleFields,
  });
  return {
    capability: "series",
    specs: [{ method: "get", path: "/api/series", summary: "Events and deaths per month, quarter or year (empty buckets are zeros; partial buckets marked)", tags: ["analysis"], query: Query }],
    mount(app) {
      app.get("/api/series", async (c) => {
        const q = parseQuery(c, Query);
        assertBuckets(q.period, q.by);
        const scope = resolveScope(q, deps.registry);
        const run = () => seriesInStore(deps.store, { actorIds: scope.actorIds, countries: scope.countries, start: q.period.start, end: q.period.end, by: q.by, rule: scope.rule });
        // Cached only where the store reports its changes (DuckDB); a shared ClickHouse may change under us.
        const key = `series:${JSON.stringify([scope.actorIds, scope.countries, q.period.start, q.period.end, q.by, scope.rule])}`;
        const series = deps.store.onChange ? await deps.cache.get(key, run) : await run();
        return c.json({ actor: scope.actor, countries: scope.countries, period: q.period, by: q.by, rule: scope.rule, rule_text: describeRule(scope.rule, scope.actor?.name ?? "any actor"), warnings: scope.warnings, series });
      });
    },
  };
};
