/**
 * The dashboard is built, not committed. Two places hold a build:
 * - dist/web: what `npm run build` makes (and `npm ci` through `prepare`) and the package ships. An installed
 *   package has no web/ sources and serves this one; it never needs Vite.
 * - web/dist: where a checkout builds it on demand. `ensureWebBuild` uses dist/web while it is newer than the
 *   sources; otherwise builds web/dist with Vite (a dev dependency) when it is missing or older than any of its
 *   sources, so `npm start`, `resurgence serve` and the e2e tests follow edits to web/. A build takes a second.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { build as ViteBuild } from "vite";
import { ResurgenceError, UnavailableError } from "../errors.ts";

export const WEB_DIR = fileURLToPath(new URL("../../web/", import.meta.url));

/** The build the package ships (scripts/build.mjs writes it; from dist/ this file's URL is still src/api/). */
export const SHIPPED_WEB = fileURLToPath(new URL("../../dist/web/", import.meta.url));

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

/**
 * True when the build in `out` (default web/dist) has no index.html or one older than web/index.html,
 * web/vite.config.ts or web/src.
 */
export function webBuildStale(webDir = WEB_DIR, out = join(webDir, "dist")): boolean {
  const index = join(out, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return ["index.html", "vite.config.ts", "src"].some((p) => existsSync(join(webDir, p)) && newest(join(webDir, p)) > built);
}

/**
 * Holds a lock (a directory: creating one is atomic) while `work` runs, so two processes (parallel test
 * files, a server and a test) never build into web/dist at once. A lock older than `staleMs` is broken.
 */
async function withLock<T>(lock: string, work: () => Promise<T>, staleMs = 120_000): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > staleMs) rmSync(lock, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface WebBuildOptions {
  /** The dashboard's sources (default web/). */
  webDir?: string;
  /** The build the package ships (default dist/web). */
  shipped?: string;
  log?: (line: string) => void;
  /** Build web/dist even if a fresh build exists. */
  force?: boolean;
}

/**
 * Returns the folder of a built dashboard that is current: the shipped one in an installed package (no sources
 * beside it), else a fresh dist/web or web/dist, else web/dist after building it.
 */
export async function ensureWebBuild(options: WebBuildOptions = {}): Promise<string> {
  const webDir = options.webDir ?? WEB_DIR;
  const shipped = options.shipped ?? SHIPPED_WEB;
  const dist = join(webDir, "dist");
  if (!existsSync(join(webDir, "index.html"))) {
    if (existsSync(join(shipped, "index.html"))) return shipped;
    throw new UnavailableError(`the dashboard is not built (no ${shipped}) and its sources are not here to build`, "reinstall the package (it ships dist/web), or serve with --no-web");
  }
  if (!options.force && !webBuildStale(webDir)) return dist;
  if (!options.force && !webBuildStale(webDir, shipped)) return shipped;
  return withLock(join(webDir, ".build-lock"), async () => {
    // Another process may have built it while this one waited.
    if (!options.force && !webBuildStale(webDir)) return dist;
    await build(webDir, options.log);
    return dist;
  });
}

async function build(webDir: string, log?: (line: string) => void): Promise<void> {
  log?.("building the dashboard (web/ → web/dist) …");
  let viteBuild: typeof ViteBuild;
  try {
    ({ build: viteBuild } = await import("vite"));
  } catch (cause) {
    throw new ResurgenceError("the dashboard is not built and Vite is not installed", "run npm ci (Vite is a dev dependency) or npm run build, or serve with --no-web", { cause });
  }
  await viteBuild({ root: webDir, configFile: join(webDir, "vite.config.ts"), logLevel: "warn" });
}
