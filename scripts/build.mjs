#!/usr/bin/env node
/**
 * `npm run build` (also `prepare`, so `npm ci` and `npm pack` run it): the package as it is installed.
 *
 * - bin/resurgence.ts and everything it imports → dist/ as ESM for Node 20 by esbuild. npm packages stay
 *   external (they are installed beside it); a dynamic `import()` of our own module becomes a chunk of its own,
 *   so a command loaded that way costs nothing until it runs. Every output file sits directly in dist/.
 * - `import.meta.url` in a bundled module is rewritten to the URL its source file has in the package
 *   (`<package>/src/…/x.ts`, resolved against the output file), so a path a module finds relative to itself
 *   (the demo data in data/demo/, the dashboard in dist/web/) is the same from src/ and from dist/.
 *   JSON the code imports (`with { type: "json" }`) from our own tree is inlined; from a package, stays an import.
 * - web/ → dist/web by Vite: the dashboard the package ships, which `serve` and `demo` use.
 */
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");

/** Gives each module's `import.meta.url` the value it has when run from source, relative to the package. */
const sourceUrls = {
  name: "source-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!text.includes("import.meta.url")) return undefined;
      // Output files all sit in dist/, so the source file is "../<path from the package root>" from any of them.
      const fromDist = "../" + relative(ROOT, args.path).split(sep).join("/");
      return { contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`), loader: "ts" };
    });
  },
};

/** Marks every npm package external except those named, which are bundled. */
function externalExcept(bundled) {
  return {
    name: "external-except",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
        return bundled.includes(name) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

async function tool(name) {
  try {
    return await import(name);
  } catch (cause) {
    throw new Error(`${name} is not installed: the build needs the dev dependencies (run npm ci, not npm ci --omit=dev)`, { cause });
  }
}

/** True when the dev tools are absent (a checkout pruned with --omit=dev) but a complete build is here. */
async function prunedWithBuild() {
  try {
    await import("esbuild");
    return false;
  } catch {
    return existsSync(join(DIST, "cli.js")) && existsSync(join(DIST, "web", "index.html"));
  }
}

async function main() {
  const started = Date.now();
  if (await prunedWithBuild()) {
    // npm start in a checkout deployed as `npm ci && npm run build && npm prune --omit=dev`: say so, keep dist/.
    process.stderr.write("build: skipped, the dev tools are not installed (npm prune --omit=dev?); running the dist/ already built\n");
    return;
  }
  const esbuild = await tool("esbuild");
  const vite = await tool("vite");
  await rm(DIST, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { cli: "bin/resurgence.ts" },
    outdir: DIST,
    bundle: true,
    splitting: true,
    chunkNames: "[name]-[hash]",
    format: "esm",
    platform: "node",
    target: "node20.19",
    // npm packages stay external, except zod: every command parses with it, and loading its ~100 module
    // files costs a bare start-up more than the rest of the CLI (bundled, it is one file, read once).
    plugins: [externalExcept(["zod"]), sourceUrls],
    sourcemap: false,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith(".js"));
  await vite.build({
    root: join(ROOT, "web"),
    configFile: join(ROOT, "web", "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: join(DIST, "web"), emptyOutDir: true },
  });
  process.stderr.write(`build: dist/ (${files.length} JavaScript files) and the dashboard (dist/web) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

try {
  await main();
} catch (e) {
  process.stderr.write(`build failed: ${e?.message ?? e}\n`);
  process.exitCode = 1;
}
