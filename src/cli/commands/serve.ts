/**
 * `resurgence serve`: the HTTP API and the dashboard on one port, over the store. Serves the dashboard the
 * package ships (dist/web); in a checkout, builds it first if no build is newer than web/ (ensureWebBuild).
 * Runs until SIGINT/SIGTERM (or the `until` promise, in tests).
 */
import type { Command } from "commander";
import { createApp, startServer, type RunningServer } from "../../api/index.ts";
import { ensureWebBuild } from "../../api/web-build.ts";
import { UsageError } from "../../errors.ts";
import { chromiumPdf, findChromium } from "../../report/index.ts";
import { apiTokenFrom } from "../../config.ts";
import type { Context } from "../context.ts";

export interface ServeFlags {
  port?: string;
  host?: string;
  web?: boolean;
  /** When the port is taken, take any free one instead of failing (the demo does). */
  fallbackPort?: boolean;
}

export function parsePort(v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new UsageError(`--port "${v}" is not a port number (0–65535)`);
  return n;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** Starts the server and returns it once it listens. */
export async function startServe(ctx: Context, flags: ServeFlags): Promise<RunningServer> {
  // A bad token is a bad setting of this command: refused before anything is built or opened.
  apiTokenFrom(ctx.config);
  const port = parsePort(flags.port, 8080);
  const host = flags.host ?? "127.0.0.1";
  const webDist = flags.web === false ? null : await ensureWebBuild({ log: ctx.io.err });
  const store = await ctx.openStore("write");
  // PDF briefings only when a Chromium is here; the API's capabilities say so, and format=pdf answers 503 without.
  const chromium = await findChromium({ env: ctx.env });
  // On loopback, answer only the loopback names (DNS rebinding); on another address, also that address.
  const allowedHosts = ["localhost", "127.0.0.1", "::1", ...(["0.0.0.0", "::"].includes(host) ? [] : [host])];
  const app = createApp({ store, config: ctx.config, registry: ctx.actors(), webDist, pdf: chromium ? chromiumPdf(chromium) : undefined, log: ctx.io.err, now: ctx.io.now, allowedHosts: ["0.0.0.0", "::"].includes(host) ? undefined : allowedHosts });
  const server = await startServer(app, { port, host }).catch((e: unknown) => {
    if (!flags.fallbackPort || !(e instanceof UsageError)) throw e;
    ctx.io.err(`note: port ${port} is taken; using a free one`);
    return startServer(app, { port: 0, host });
  });
  ctx.io.out(`resurgence: ${webDist ? "dashboard and API" : "API"} at ${server.url}  (API document: ${server.url}/openapi.json; Ctrl-C stops)`);
  if (!ctx.config.apiToken) ctx.io.out("writes (POST /api/ingest) are disabled: set RESURGENCE_API_TOKEN to enable them");
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "::1") ctx.io.err(`warning: listening on ${host}: anyone who can reach it can read the store`);
  return server;
}

export async function runServe(ctx: Context, flags: ServeFlags, until: Promise<void> = untilSignal()): Promise<void> {
  const server = await startServe(ctx, flags);
  await until;
  await server.close();
}

export function registerServe(program: Command, ctx: () => Context): void {
  program
    .command("serve")
    .description("serve the HTTP API and the dashboard (in a checkout, builds the dashboard first if it is missing or stale)")
    .option("--port <n>", "port to listen on (0: any free port)", "8080")
    .option("--host <addr>", "address to listen on; 127.0.0.1 keeps it on this machine", "127.0.0.1")
    .option("--no-web", "serve the API only, without building or serving the dashboard")
    .action(async (flags: ServeFlags) => runServe(ctx(), flags));
}
