/**
 * The HTTP API and the dashboard's server: `createApp` builds the Hono app from its dependencies (tests
 * call `app.request()`), `startServer` runs it on Node, `ensureWebBuild` builds the dashboard when its
 * bundle is missing or older than its sources.
 *
 * @example
 * const app = createApp({ store, config });
 * const server = await startServer(app, { port: 8080, host: "127.0.0.1" });
 * console.log(server.url);
 */
export { createApp, type App } from "./app.ts";
export { startServer, type RunningServer } from "./server.ts";
export { DEFAULT_LIMITS, type AppDeps, type Limits, type PdfRenderer } from "./deps.ts";
export type { RouteSpec } from "./route.ts";
