/** What the store holds and what the server can do: health (with capabilities), coverage, actors. */
import { actorsQuestion, statusQuestion } from "../../questions/index.ts";
import { answerRoute } from "../answer-route.ts";
import type { RouteGroup } from "../route.ts";

export const VERSION = "0.1.0";

/** The health route needs the capability list of the whole app, known only once every group is built. */
export function metaRoutes(capabilities: () => string[]): RouteGroup {
  return (deps) => {
    const actors = answerRoute(deps, actorsQuestion, { path: "/api/actors", tags: ["meta"] });
    const status = answerRoute(deps, statusQuestion, { path: "/api/status", tags: ["meta"] });
    return {
      capability: "meta",
      specs: [
        { method: "get", path: "/api/health", summary: "Liveness, the store, event totals and the capabilities this build serves", tags: ["meta"] },
        { method: "get", path: "/api/coverage", summary: "Per dataset and country: events and the date span the store covers", tags: ["meta"] },
        status.spec,
        actors.spec,
      ],
      mount(app) {
        app.get("/api/health", async (c) => {
          const coverage = await deps.store.coverage();
          return c.json({
            status: "ok",
            version: VERSION,
            store: deps.store.kind,
            events: coverage.reduce((s, r) => s + r.events, 0),
            datasets: [...new Set(coverage.map((r) => r.dataset))],
            // The last day each dataset's data reach in the store: what a reader needs to judge freshness.
            data_through: Object.fromEntries([...new Set(coverage.map((r) => r.dataset))].map((d) => [d, coverage.filter((r) => r.dataset === d).map((r) => r.last_date).sort().at(-1)])),
            capabilities: capabilities(),
            writes: deps.config.apiToken ? "token" : "disabled",
            pdf: deps.pdf !== null,
            now: deps.now().toISOString(),
          });
        });
        app.get("/api/coverage", async (c) => c.json({ coverage: await deps.store.coverage() }));
        status.mount(app);
        actors.mount(app);
      },
    };
  };
}
