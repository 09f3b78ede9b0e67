/**
 * The dashboard is built, not committed: web/dist is produced by Vite from web/. `ensureWebBuild` builds it
 * when it is missing or older than any of its sources, so `npm start`, `resurgence serve` and the e2e tests
 * work from a fresh clone (Vite is a dev dependency; `npm ci` installs it). A build takes about a second.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { build as ViteBuild } from "vite";
import { ResurgenceError } from "../errors.ts";

export const WEB_DIR = fileURLToPath(new URL("../../web/", import.meta.url));

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

/** True when web/dist/index.html is missing or older than web/index.html, web/vite.config.ts or web/src. */
export function webBuildStale(webDir = WEB_DIR): boolean {
  const index = join(webDir, "dist", "index.html");
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

/** Builds the dashboard if needed; returns web/dist. */
export async function ensureWebBuild(options: { webDir?: string; log?: (line: string) => void; force?: boolean } = {}): Promise<string> {
  const webDir = options.webDir ?? WEB_DIR;
  const dist = join(webDir, "dist");
  if (!options.force && !webBuildStale(webDir)) return dist;
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
    throw new ResurgenceError("the dashboard is not built and Vite is not installed", "run npm ci (Vite is a dev dependency), or serve with --no-web", { cause });
  }
  await viteBuild({ root: webDir, configFile: join(webDir, "vite.config.ts"), logLevel: "warn" });
}
