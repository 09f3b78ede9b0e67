import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { UnavailableError } from "../errors.ts";
import { ensureWebBuild } from "./web-build.ts";

/** A folder with `files` (path → text), each file and folder in it dated `at` (seconds since the epoch). */
function tree(files: Record<string, string>, at: number): string {
  const dir = mkdtempSync(join(tmpdir(), "web-build-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  // Staleness looks at folders' times too (an added or removed file changes them).
  for (const path of Object.keys(files)) for (let p = join(dir, path); p !== dir; p = dirname(p)) utimesSync(p, at, at);
  return dir;
}

describe("ensureWebBuild", () => {
  it("serves the shipped build in an installed package, which has no sources", async () => {
    const shipped = tree({ "index.html": "<!doctype html>" }, 1_000);
    const noSources = join(tree({}, 1_000), "web");
    expect(await ensureWebBuild({ webDir: noSources, shipped })).toBe(shipped);
  });

  it("fails with exit 5 when there is neither a build nor sources", async () => {
    const empty = tree({}, 1_000);
    await expect(ensureWebBuild({ webDir: join(empty, "web"), shipped: join(empty, "dist", "web") })).rejects.toThrow(UnavailableError);
  });

  it("in a checkout, takes a shipped build newer than the sources without building", async () => {
    // No vite.config.ts here: a build would fail, so passing proves none ran.
    const webDir = tree({ "index.html": "<!doctype html>", "src/main.ts": "" }, 1_000);
    const shipped = tree({ "index.html": "<!doctype html>" }, 2_000);
    expect(await ensureWebBuild({ webDir, shipped })).toBe(shipped);
  });
});
