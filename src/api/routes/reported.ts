/**
 * The reported-figures ledger: numbers officials and analysts stated (not events). Reading is open;
 * adding a figure is a write and needs the token.
 */
import { z } from "zod";
import { resolveName } from "../../actors/index.ts";
import { apiTokenFrom } from "../../config.ts";
import { makeFigure, Measure, MEASURE_WORDS } from "../../reported/index.ts";
import { actorField, countriesField, periodField } from "../params/fields.ts";
import { parseJsonBody, parseQuery } from "../params/query.ts";
import type { RouteGroup } from "../route.ts";
import { requireToken } from "../security.ts";

export const reportedRoutes: RouteGroup = (deps) => {
  const Query = z.strictObject({ actor: actorField.optional(), country: countriesField.optional(), period: periodField.optional() });
  const Body = z.strictObject({
    issuer: z.string().trim().min(1).max(200),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD").describe("date of the statement"),
    period: z.string().min(1).max(64).describe("the period the figure covers, e.g. 2024-H1"),
    country: z.array(z.string().min(2).max(60)).min(1).max(50),
    actor: z.string().trim().min(1).max(120),
    measure: Measure,
    value: z.number().nonnegative().finite(),
    url: z.string().url().max(2000).optional(),
    basis: z.string().max(2000).optional(),
  });
  return {
    capability: "reported",
    specs: [
      { method: "get", path: "/api/reported", summary: "Figures officials and analysts stated, whose period and places overlap the query's", tags: ["reported"], query: Query },
      { method: "post", path: "/api/reported", summary: "Add one stated figure to the ledger", tags: ["write"], body: { contentType: "application/json", schema: Body, description: "the figure" }, auth: true },
    ],
    mount(app) {
      app.get("/api/reported", async (c) => {
        const q = parseQuery(c, Query);
        const actorIds = q.actor ? [resolveName(deps.registry, q.actor).id] : undefined;
        const figures = await deps.store.reported({ actorIds, countries: q.country, start: q.period?.start, end: q.period?.end });
        return c.json({ figures: figures.map((f) => ({ ...f, measure_words: MEASURE_WORDS[f.measure] })) });
      });
      app.post("/api/reported", requireToken(apiTokenFrom(deps.config)), async (c) => {
        const b = await parseJsonBody(c, Body);
        const figure = makeFigure({ issuer: b.issuer, statementDate: b.date, period: b.period, places: b.country, actorId: resolveName(deps.registry, b.actor).id, measure: b.measure, value: b.value, basis: b.basis, sourceUrl: b.url, provenance: "api" });
        const r = await deps.store.addReported([figure]);
        deps.cache.clear();
        return c.json({ figure, ...r });
      });
    },
  };
};
