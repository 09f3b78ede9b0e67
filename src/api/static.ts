/**
 * The built dashboard, served from memory: the files of its build (dist/web as the package ships it, or web/dist in a
 * checkout: see web-build.ts) are read once when the app is built, so only those exact paths are ever answered (no
 * path from the request touches the file system).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import type { Hono } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Mounts the files of `dist` at `/`; `/` answers index.html. Returns the number of files served. */
export function mountStatic(app: Hono, dist: string): number {
  const files = new Map<string, { body: Uint8Array; type: string; immutable: boolean }>();
  for (const file of walk(dist)) {
    const urlPath = "/" + relative(dist, file).split(sep).join("/");
    files.set(urlPath, { body: readFileSync(file), type: TYPES[extname(file)] ?? "application/octet-stream", immutable: urlPath.startsWith("/assets/") });
  }
  const index = files.get("/index.html");
  if (index) files.set("/", index);
  app.get("*", async (c, next) => {
    const hit = files.get(c.req.path);
    if (!hit) return next();
    return c.body(hit.body as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": hit.type,
      // Hashed asset names never change content; the page itself is always revalidated.
      "Cache-Control": hit.immutable ? "public, max-age=31536000, immutable" : "no-cache",
    });
  });
  return files.size;
}
