/** The map endpoint: a bounded, store-filtered set of points coloured by actor (see map-points.ts). */
import { z } from "zod";
import { describeRule, toFilter } from "../../analysis/counting/index.ts";
import { actorField, admin1Field, countriesField, periodField, ruleFields } from "../params/fields.ts";
import { parseQuery } from "../params/query.ts";
import { resolveScope } from "../params/scope.ts";
import type { RouteGroup } from "../route.ts";
import { mapPoints } from "../../report/index.ts";

export const mapRoutes: RouteGroup = (deps) => {
  const max = deps.limits.maxMapPoints;
  const Query = z.strictObject({
    actor: actorField.optional().describe("only this actor's events (default: every actor, coloured by actor)"),
    country: countriesField.optional(),
    admin1: admin1Field.optional(),
    period: periodField.optional(),
    ...ruleFields,
    max_points: z.coerce.number().int().min(1).max(max).default(deps.limits.defaultMapPoints).describe(`at most ${max}`),
  });
  return {
    capability: "map",
    specs: [
      {
        method: "get",
        path: "/api/map",
        summary: "Points for the map: bounded, sampled evenly through the period when more events match, coloured by actor",
        tags: ["events"],
        query: Query,
      },
    ],
    mount(app) {
      app.get("/api/map", async (c) => {
        const q = parseQuery(c, Query);
        const scope = resolveScope(q, deps.registry);
        const filter = { ...toFilter(scope.rule, { actorIds: scope.actorIds, countries: scope.countries, start: q.period?.start, end: q.period?.end }), admin1: q.admin1 ?? [] };
        const key = `map:${JSON.stringify([filter, q.max_points])}`;
        const result = await deps.cache.get(key, () => mapPoints(deps.store, deps.registry, filter, q.max_points));
        return c.json({ actor: scope.actor, countries: scope.countries, period: q.period ?? null, rule_text: describeRule(scope.rule, scope.actor?.name ?? "any actor"), warnings: scope.warnings, ...result });
      });
    },
  };
};
