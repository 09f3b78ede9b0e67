/**
 * Comparing two periods: out of the store (compareInStore, the function the CLI and the briefing use, so
 * the numbers are the same everywhere), or on two figures given as COUNT@PERIOD.
 */
import { z } from "zod";
import { comparePeriods, parseCountsSpec, type CountsSpec } from "../../analysis/compare/index.ts";
import { compareInStore, describeRule } from "../../analysis/counting/index.ts";
import { UCDP_CITATION } from "../../sources/index.ts";
import { comparisonFields, langField } from "../params/fields.ts";
import { parseQuery } from "../params/query.ts";
import { resolveScope } from "../params/scope.ts";
import type { RouteGroup } from "../route.ts";

const countsField = z
  .string()
  .max(64)
  .describe("COUNT@PERIOD, e.g. 153@2024-H1")
  .transform((v, ctx): CountsSpec => {
    try {
      return parseCountsSpec(v);
    } catch (e) {
      ctx.addIssue({ code: "custom", message: (e as Error).message });
      return z.NEVER;
    }
  });

export const compareRoutes: RouteGroup = (deps) => {
  const Query = z.strictObject({
    ...comparisonFields,
  });
  const CountsQuery = z.strictObject({ a: countsField.describe("the period of interest: COUNT@PERIOD"), b: countsField.describe("the reference: COUNT@PERIOD"), lang: langField });
  return {
    capability: "compare",
    specs: [
      {
        method: "get",
        path: "/api/compare",
        summary: "An actor's events in two periods, per country and in total: annualised rates, rate ratio with exact 95% CI and test, one sentence",
        tags: ["analysis"],
        query: Query,
      },
      { method: "get", path: "/api/compare/counts", summary: "The same arithmetic on two given figures (e.g. a news claim's)", tags: ["analysis"], query: CountsQuery },
    ],
    mount(app) {
      app.get("/api/compare", async (c) => {
        const q = parseQuery(c, Query);
        const scope = resolveScope(q, deps.registry);
        const run = () => compareInStore(deps.store, { actorIds: scope.actorIds, countries: scope.countries, a: q.period, b: q.vs, rule: scope.rule, lang: q.lang });
        // Cached only where the store reports its changes (DuckDB); a shared ClickHouse may change under us.
        const key = `compare:${JSON.stringify([scope.actorIds, scope.countries, q.period.start, q.period.end, q.vs.start, q.vs.end, scope.rule, q.lang])}`;
        const result = deps.store.onChange ? await deps.cache.get(key, run) : await run();
        const ruleText = describeRule(scope.rule, scope.actor?.name ?? q.actor);
        return c.json({ actor: scope.actor, countries: scope.countries, rule: scope.rule, rule_text: ruleText, warnings: scope.warnings, ...result, citation: scope.rule.dataset === "ucdp-ged" ? UCDP_CITATION : null });
      });
      app.get("/api/compare/counts", (c) => {
        const { a, b, lang } = parseQuery(c, CountsQuery);
        const comparison = comparePeriods({ a: { count: a.count, days: a.period.days, label: a.period.label }, b: { count: b.count, days: b.period.days, label: b.period.label } }, { lang });
        return c.json({ source: "figures as given", a: { count: a.count, period: a.period }, b: { count: b.count, period: b.period }, comparison });
      });
    },
  };
};
