/**
 * `resurgence serve`: the HTTP API and the dashboard on one port, over the store. Serves the dashboard the
 * package ships (dist/web); in a checkout, builds it first if no build is newer than web/ (ensureWebBuild).
 * Runs until SIGINT/SIGTERM/SIGHUP, or its parent npm is gone (or the `until` promise, in tests).
 */
import type { Command } from "commander";
import { createApp, startServer, type RunningServer } from "../../api/index.ts";
import { ensureWebBuild } from "../../api/web-build.ts";
import { UsageError } from "../../errors.ts";
import { chromiumPdf, findChromium } from "../../report/index.ts";
import { apiTokenFrom } from "../../config.ts";
import { cliWords, parseLang } from "../words.ts";
import type { Context } from "../context.ts";
import { newSecret, removeRunFile, runFilePath, writeRunFile } from "../run-file.ts";

export interface ServeFlags {
  port?: string;
  host?: string;
  web?: boolean;
  /** When the port is taken, take any free one instead of failing (the demo does). */
  fallbackPort?: boolean;
  /** Print one JSON line ({"url", "api", "openapi", "pid", "writes"}) once listening, instead of the text. */
  json?: boolean;
  /** `--lang en|nl`: the start-up lines' words. */
  lang?: string;
}

export function parsePort(v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new UsageError(`--port "${v}" is not a port number (0–65535)`);
  return n;
}

/**
 * Calls `onGone` once the process's parent is no longer the one it started with (it died: the process was
 * re-parented). `npm start` does not pass a signal on when it is killed; its script execs node, so npm is
 * this process's parent, and its death stops the server instead of leaving it running unseen.
 */
export function watchParent(onGone: () => void, options: { ppid?: () => number; everyMs?: number } = {}): () => void {
  const ppid = options.ppid ?? (() => process.ppid);
  const first = ppid();
  const timer = setInterval(() => {
    if (ppid() === first) return;
    clearInterval(timer);
    onGone();
  }, options.everyMs ?? 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/** Until SIGINT, SIGTERM or SIGHUP; when run by npm (its lifecycle variable is set), also until npm is gone. */
function untilStopped(env: Record<string, string | undefined>): Promise<void> {
  return new Promise((resolve) => {
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
    const unwatch = env.npm_lifecycle_event ? watchParent(() => stop()) : () => {};
    const stop = () => {
      unwatch();
      for (const s of signals) process.off(s, stop);
      resolve();
    };
    for (const s of signals) process.on(s, stop);
  });
}

/** Starts the server and returns it once it listens. */
export async function startServe(ctx: Context, flags: ServeFlags): Promise<RunningServer> {
  // A bad token is a bad setting of this command: refused before anything is built or opened.
  apiTokenFrom(ctx.config);
  const w = cliWords(parseLang(flags.lang));
  const port = parsePort(flags.port, 8080);
  const host = flags.host ?? "127.0.0.1";
  const webDist = flags.web === false ? null : await ensureWebBuild({ log: ctx.io.err });
  const store = await ctx.openStore("write");
  // PDF briefings only when a Chromium is here; the API's capabilities say so, and format=pdf answers 503 without.
  const chromium = await findChromium({ env: ctx.env });
  // On loopback, answer only the loopback names (DNS rebinding); on another address, also that address.
  const allowedHosts = ["localhost", "127.0.0.1", "::1", ...(["0.0.0.0", "::"].includes(host) ? [] : [host])];
  const runFile = runFilePath(ctx.config.db);
  const secret = newSecret();
  const app = createApp({ store, config: ctx.config, registry: ctx.actors(), webDist, pdf: chromium ? chromiumPdf(chromium) : undefined, log: ctx.io.err, now: ctx.io.now, allowedHosts: ["0.0.0.0", "::"].includes(host) ? undefined : allowedHosts, localToken: runFile ? secret : undefined });
  const server = await startServer(app, { port, host }).catch((e: unknown) => {
    if (!flags.fallbackPort || !(e instanceof UsageError)) throw e;
    ctx.io.err(`${w.m.note}: ${w.m.serve.portTaken(String(port))}`);
    return startServer(app, { port: 0, host });
  });
  // The CLI on this machine finds the server here and asks it instead of the store it holds (see run-file.ts).
  const local = ["0.0.0.0", "127.0.0.1", "localhost"].includes(host) ? `http://127.0.0.1:${server.port}` : ["::", "::1"].includes(host) ? `http://[::1]:${server.port}` : server.url;
  const forget = () => runFile && removeRunFile(runFile, secret);
  if (runFile) {
    writeRunFile(runFile, { url: local, pid: process.pid, secret });
    process.once("exit", forget);
  }
  const running: RunningServer = {
    ...server,
    close: async () => {
      process.off("exit", forget);
      forget();
      await server.close();
    },
  };
  const writes = ctx.config.apiToken ? "token" : "disabled";
  if (flags.json) ctx.io.out(JSON.stringify({ url: server.url, api: `${server.url}/api`, openapi: `${server.url}/openapi.json`, dashboard: webDist !== null, pid: process.pid, writes }));
  else {
    ctx.io.out(w.m.serve.at(webDist !== null, server.url));
    if (writes === "disabled") ctx.io.out(w.m.serve.writesDisabled);
  }
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "::1") ctx.io.err(`${w.m.warning}: ${w.m.serve.exposed(host)}`);
  return running;
}

export async function runServe(ctx: Context, flags: ServeFlags, until: Promise<void> = untilStopped(ctx.env)): Promise<void> {
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
    .option("--lang <en|nl>", "language of the start-up lines: en or nl")
    .option("--json", "print one JSON line with the URL once listening")
    .action(async (flags: ServeFlags) => runServe(ctx(), flags));
}
