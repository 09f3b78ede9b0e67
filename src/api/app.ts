/**
 * The HTTP app: security headers on everything, bounded bodies, the route groups, the OpenAPI document
 * generated from their specs, the dashboard's static files, and one error boundary. Built as a function of
 * its dependencies so tests run it in-process with `app.request()`.
 */
import { Hono } from "hono";
import { compress } from "hono/compress";
import { bundledRegistry } from "../actors/index.ts";
import { tmpdir } from "node:os";
import { Answerer } from "../questions/index.ts";
import { DEFAULT_LIMITS, type AppDeps, type Deps } from "./deps.ts";
import { notFound, onError, routeMethods } from "./on-error.ts";
import { openApiDocument } from "./openapi.ts";
import type { RouteGroup, RouteSpec } from "./route.ts";
import { briefRoutes } from "./routes/brief.ts";
import { claimsRoutes } from "./routes/claims.ts";
import { compareRoutes } from "./routes/compare.ts";
import { detectRoutes } from "./routes/detect.ts";
import { eventsRoutes } from "./routes/events.ts";
import { forecastRoutes } from "./routes/forecast.ts";
import { ingestRoutes } from "./routes/ingest.ts";
import { mapRoutes } from "./routes/map.ts";
import { reconcileRoutes } from "./routes/reconcile.ts";
import { reportedRoutes } from "./routes/reported.ts";
import { metaRoutes, VERSION } from "./routes/meta.ts";
import { seriesRoutes } from "./routes/series.ts";
import { watchRoutes } from "./routes/watch.ts";
import { allowHosts, limitBody, securityHeaders } from "./security.ts";
import { shedLoad } from "./shed.ts";
import { mountStatic } from "./static.ts";

/** Every route group of this build, in mount order. */
export function routeGroups(capabilities: () => string[]): RouteGroup[] {
  return [metaRoutes(capabilities), eventsRoutes, mapRoutes, seriesRoutes, compareRoutes, detectRoutes, forecastRoutes, claimsRoutes, reportedRoutes, reconcileRoutes, briefRoutes, ingestRoutes, watchRoutes];
}

function resolveDeps(d: AppDeps): Deps {
  const registry = d.registry ?? bundledRegistry();
  const now = d.now ?? (() => new Date());
  return {
    store: d.store,
    config: d.config,
    registry,
    webDist: d.webDist ?? null,
    limits: { ...DEFAULT_LIMITS, ...d.limits },
    tmpDir: d.tmpDir ?? tmpdir(),
    pdf: d.pdf ?? null,
    log: d.log ?? ((line) => console.error(line)),
    now,
    answerer: new Answerer({ store: d.store, registry, now }),
    allowedHosts: d.allowedHosts,
    localToken: d.localToken,
  };
}

/** What the app serves: its Hono instance and every route's spec (the OpenAPI document's source). */
export interface App {
  hono: Hono;
  specs: RouteSpec[];
  capabilities: string[];
  request: Hono["request"];
  fetch: Hono["fetch"];
}

/**
 * Builds the app.
 * @example
 * const app = createApp({ store, config });
 * const res = await app.request("/api/compare?actor=IS&country=SYR,IRQ&period=2017&vs=2018");
 */
export function createApp(appDeps: AppDeps): App {
  const deps = resolveDeps(appDeps);
  const hono = new Hono();
  hono.onError(onError(deps.log));
  // Built once every route is mounted (below): a known path under another method is a 405, not a 404.
  let methodsOf: (path: string) => string[] = () => [];
  hono.notFound(notFound((path) => methodsOf(path)));
  hono.use("*", securityHeaders());
  hono.use("*", allowHosts(deps.allowedHosts));
  // Past a few requests at once, answer 503 with Retry-After rather than let a queue grow without bound.
  // An upload or a rendered briefing takes as long as it takes: no deadline, but it counts against the limit.
  hono.use("/api/*", shedLoad(deps.limits, (path) => path === "/api/ingest" || path === "/api/brief"));
  // Answers and the dashboard's assets (the world map is 740 kB raw, 240 kB gzipped).
  hono.use("*", compress());
  // Ingest streams its own, larger, body after checking the token; every other body is small.
  const small = limitBody(deps.limits.maxBodyBytes);
  hono.use("/api/*", (c, next) => (c.req.path === "/api/ingest" ? next() : small(c, next)));

  const capabilities: string[] = [];
  const groups = routeGroups(() => capabilities).map((g) => g(deps));
  for (const g of groups) {
    g.mount(hono);
    capabilities.push(g.capability);
  }
  const specs: RouteSpec[] = [
    ...groups.flatMap((g) => g.specs),
    { method: "get", path: "/openapi.json", summary: "This document", tags: ["meta"] },
  ];
  if (deps.webDist) specs.push({ method: "get", path: "/", summary: "The dashboard (HTML); its assets under /assets/", tags: ["meta"], produces: ["text/html"] });
  const doc = openApiDocument(specs, VERSION);
  hono.get("/openapi.json", (c) => c.json(doc));
  if (deps.pdf) capabilities.push("pdf");
  if (deps.webDist) {
    mountStatic(hono, deps.webDist);
    capabilities.push("dashboard");
  }
  methodsOf = routeMethods(hono.routes);
  return { hono, specs, capabilities, request: hono.request.bind(hono), fetch: hono.fetch.bind(hono) };
}
