/**
 * The reported-figures ledger: numbers officials and analysts stated (not events). Reading is open;
 * adding a figure is a write and needs the token.
 */
import { z } from "zod";
import { resolveName } from "../../actors/index.ts";
import { apiTokenFrom } from "../../config.ts";
import { reportedQuestion } from "../../questions/index.ts";
import { makeFigure, Measure } from "../../reported/index.ts";
import { answerRoute } from "../answer-route.ts";
import { parseJsonBody } from "../params/query.ts";
import type { RouteGroup } from "../route.ts";
import { requireToken } from "../security.ts";
import { NotFoundError, UsageError } from "../../errors.ts";

export const reportedRoutes: RouteGroup = (deps) => {
  const list = answerRoute(deps, reportedQuestion, { path: "/api/reported", tags: ["reported"] });
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
      list.spec,
      { method: "post", path: "/api/reported", summary: "Add one stated figure to the ledger", tags: ["write"], body: { contentType: "application/json", schema: Body, description: "the figure" }, auth: true },
      { method: "delete", path: "/api/reported/:id", summary: "Remove one figure added by mistake", tags: ["write"], pathParams: { id: "the figure's id, as GET /api/reported gives it" }, auth: true },
    ],
    mount(app) {
      list.mount(app);
      app.post("/api/reported", requireToken(apiTokenFrom(deps.config), deps.localToken), async (c) => {
        const b = await parseJsonBody(c, Body);
        const figure = makeFigure({ issuer: b.issuer, statementDate: b.date, period: b.period, places: b.country, actorId: resolveName(deps.registry, b.actor).id, measure: b.measure, value: b.value, basis: b.basis, sourceUrl: b.url, provenance: "api" });
        const r = await deps.store.addReported([figure]);
        deps.answerer.clear();
        return c.json({ figure, ...r });
      });
      app.delete("/api/reported/:id", requireToken(apiTokenFrom(deps.config), deps.localToken), async (c) => {
        const id = c.req.param("id");
        if (!/^[A-Za-z0-9._:-]{1,128}$/.test(id)) throw new UsageError(`path parameter "id": "${id.slice(0, 40)}" is not a figure id`, "see the ids in GET /api/reported");
        const r = await deps.store.removeReported([id]);
        if (r.removed === 0) throw new NotFoundError(`no reported figure has the id ${id}`, "see the ids in GET /api/reported");
        deps.answerer.clear();
        return c.json({ id, ...r });
      });
    },
  };
};
