/** What the store holds and what the server can do: health (with capabilities), coverage, actors. */
import { z } from "zod";
import { actorName } from "../../report/index.ts";
import { EventFilter } from "../../store/index.ts";
import { countriesField } from "../params/fields.ts";
import { parseQuery } from "../params/query.ts";
import type { RouteGroup } from "../route.ts";

export const VERSION = "0.1.0";

/** The health route needs the capability list of the whole app, known only once every group is built. */
export function metaRoutes(capabilities: () => string[]): RouteGroup {
  return (deps) => {
    const ActorsQuery = z.strictObject({ country: countriesField.optional(), limit: z.coerce.number().int().min(1).max(1000).default(200) });
    return {
      capability: "meta",
      specs: [
        { method: "get", path: "/api/health", summary: "Liveness, the store, event totals and the capabilities this build serves", tags: ["meta"] },
        { method: "get", path: "/api/coverage", summary: "Per dataset and country: events and the date span the store covers", tags: ["meta"] },
        { method: "get", path: "/api/actors", summary: "Actors with events in the store (optionally in given countries), with registry names", tags: ["meta"], query: ActorsQuery },
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
            capabilities: capabilities(),
            writes: deps.config.apiToken ? "token" : "disabled",
            pdf: deps.pdf !== null,
            now: deps.now().toISOString(),
          });
        });
        app.get("/api/coverage", async (c) => c.json({ coverage: await deps.store.coverage() }));
        app.get("/api/actors", async (c) => {
          const q = parseQuery(c, ActorsQuery);
          const rows = await deps.store.actorCounts(EventFilter.parse({ countries: q.country ?? [] }));
          const totals = new Map<string, number>();
          for (const r of rows) totals.set(r.actor_id, (totals.get(r.actor_id) ?? 0) + r.events);
          const actors = [...totals.entries()]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .slice(0, q.limit)
            .map(([id, events]) => {
              const known = deps.registry.actors.get(id);
              return { id, name: actorName(deps.registry, id), kind: known?.kind ?? null, aliases: known?.aliases.slice(0, 6) ?? [], events };
            });
          return c.json({ actors });
        });
      },
    };
  };
}
