/** Reconciliation: every dataset's count and every reported figure for one question, and why they differ. */
import { z } from "zod";
import { DEFAULT_MATCH_RULE, reconcile } from "../../analysis/reconcile/index.ts";
import { resolveName } from "../../actors/index.ts";
import { CITATIONS } from "../../sources/index.ts";
import { actorField, countriesField, periodField } from "../params/fields.ts";
import { parseQuery } from "../params/query.ts";
import type { RouteGroup } from "../route.ts";

export const reconcileRoutes: RouteGroup = (deps) => {
  const Query = z.strictObject({
    actor: actorField,
    country: countriesField.optional(),
    period: periodField,
    max_km: z.coerce.number().positive().max(500).default(DEFAULT_MATCH_RULE.maxKm).describe("how far apart two datasets' events may be and still be the same event"),
    pairs: z.enum(["true", "false"]).default("false").describe("include the matched event pairs"),
  });
  return {
    capability: "reconcile",
    specs: [{ method: "get", path: "/api/reconcile", summary: "Every dataset's count and every reported figure for one question, side by side, with matches and why they differ", tags: ["analysis"], query: Query }],
    mount(app) {
      app.get("/api/reconcile", async (c) => {
        const q = parseQuery(c, Query);
        const actor = resolveName(deps.registry, q.actor);
        const countries = q.country ?? [];
        const key = `reconcile:${JSON.stringify([actor.id, countries, q.period.label, q.max_km])}`;
        const r = await deps.cache.get(key, () => reconcile(deps.store, deps.registry, { actorId: actor.id, countries, period: q.period, matchRule: { ...DEFAULT_MATCH_RULE, maxKm: q.max_km } }));
        const matches = q.pairs === "true" ? r.matches : r.matches.map(({ pairs: _pairs, ...m }) => m);
        const citations = Object.fromEntries(r.datasets.filter((d) => CITATIONS[d.dataset]).map((d) => [d.dataset, CITATIONS[d.dataset]]));
        return c.json({ ...r, matches, citations, warnings: actor.known ? [] : [`"${q.actor}" is not in the actor registry`] });
      });
    },
  };
};
