/**
 * The dashboard's build: it is produced from web/ by Vite (ensureWebBuild, what `serve` and `npm start`
 * call), type-checks under the project's strict settings, has no inline script, and stays under 1 MB of
 * gzipped JavaScript.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ensureWebBuild, WEB_DIR } from "../../src/api/web-build.ts";
import { bundleSize } from "../../src/api/bench.ts";
import { ROOT } from "../helpers/paths.ts";

describe("the dashboard build", () => {
  it("type-checks web/ with the project's strict compiler settings", { timeout: 180_000 }, () => {
    // tsc exits non-zero and prints the errors when there are any; execFileSync then throws with them.
    execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(WEB_DIR, "tsconfig.json"), "--noEmit"], { cwd: ROOT, stdio: "pipe" });
  });

  it("builds into web/dist with no inline script and under 1 MB of gzipped JavaScript", async () => {
    const dist = await ensureWebBuild();
    const index = readFileSync(join(dist, "index.html"), "utf8");
    expect(index).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(readdirSync(join(dist, "assets")).some((f) => f.endsWith(".js"))).toBe(true);
    const size = bundleSize(dist);
    expect(size.jsGzipBytes).toBeLessThan(1024 * 1024);
    console.log(`dashboard bundle: ${(size.jsGzipBytes / 1024).toFixed(1)} kB JS gzipped; ${(size.totalGzipBytes / 1024).toFixed(1)} kB with CSS and the world map`);
  });
});
