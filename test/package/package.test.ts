/**
 * The package as a user installs it: `npm pack`, then `npm install --omit=dev` of the tarball into an empty
 * folder, then the installed `resurgence` binary — no tsx, no Vite, no sources, only what package.json "files"
 * ships. Slow (a pack and an install, about a minute with a warm npm cache); it runs in CI like every test.
 *
 * Build artefacts: the test packs a temporary copy of the working tree (package.json, lockfile, bin/, scripts/,
 * src/, web/, the demo data) whose node_modules links to the checkout's, so `npm pack` runs `prepare` (the build)
 * there. It therefore tests exactly the tree as it is, and never rewrites the checkout's dist/ while other test
 * files serve from it.
 *
 * The PDF case needs a Chromium: without one it is skipped locally with a message, but under CI=true it runs and
 * fails (CI installs Debian's chromium: see .ci/run).
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../../src/report/index.ts";
import { IRAQ, ROOT } from "../helpers/paths.ts";

const run = promisify(execFile);
const CI = Boolean(process.env.CI && process.env.CI !== "false");
const chromium = await findChromium().catch(() => undefined);
if (!chromium && !CI) console.warn("package: the PDF case is skipped — no Chromium found (apt-get install chromium, or set RESURGENCE_CHROMIUM; under CI it fails instead)");

/** The environment without the npm_* variables an outer `npm test` sets, so the inner npm behaves as a user's. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")));
/** What the build needs from the tree; the rest of the checkout (tests, bench, docs, .git) stays out of the copy. */
const TREE = ["package.json", "package-lock.json", "README.md", "LICENSE", "tsconfig.json", "bin", "scripts/build.mjs", "src", "web", "data/demo"];

const work = mkdtempSync(join(tmpdir(), "resurgence-package-"));
const app = join(work, "app");
const bin = join(app, "node_modules", ".bin", "resurgence");
const installed = join(app, "node_modules", "resurgence");
const store = join(work, "store.duckdb");
let server: ChildProcess | undefined;
const BRIEF = ["brief", "--actor", "IS", "--country", "IRQ", "--period", "2017", "--vs", "2016", "--format", "pdf"];

function npm(args: string[], cwd: string) {
  return run("npm", args, { cwd, env: ENV, maxBuffer: 64 * 1024 * 1024 });
}

function resurgence(args: string[], env: Record<string, string | undefined> = {}) {
  return run(bin, args, { cwd: app, env: { ...ENV, ...env } });
}

/** Packs a copy of the working tree; returns the tarball's path. */
async function pack(): Promise<string> {
  const tree = join(work, "tree");
  for (const p of TREE) {
    cpSync(join(ROOT, p), join(tree, p), { recursive: true, filter: (src) => !/[/\\](dist|node_modules|\.build-lock)$/.test(src) });
  }
  symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"), "dir");
  const { stdout } = await npm(["pack", "--pack-destination", work], tree);
  return join(work, stdout.trim().split("\n").at(-1)!);
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, "close");
  return port;
}

async function stopServer(): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  server.kill("SIGTERM");
  await once(server, "exit");
}

/** Starts `serve` and resolves with the URL it prints. */
async function serve(port: number): Promise<string> {
  server = spawn(bin, ["--db", store, "serve", "--port", String(port)], { cwd: app, env: ENV, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  server.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL in 60 s:\n${out}`)), 60_000);
    server!.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const url = /at (http:\/\/\S+)/.exec(out)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve(url);
    });
    server!.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited ${code}:\n${out}`));
    });
  });
}

beforeAll(async () => {
  const tarball = await pack();
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "resurgence-package-test", private: true }));
  await npm(["install", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline", tarball], app);
  await resurgence(["--db", store, "ingest", IRAQ]);
}, 600_000);

afterAll(async () => {
  await stopServer();
  rmSync(work, { recursive: true, force: true });
});

/** The dashboard's page and one of its scripts at /, and the API's health at /api/health. */
async function expectDashboardAndApi(url: string): Promise<void> {
  const page = await fetch(`${url}/`);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toMatch(/<!doctype html>/i);
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset, "index.html names a script under /assets/").toBeDefined();
  const js = await fetch(`${url}${asset}`);
  expect(js.status).toBe(200);
  expect(js.headers.get("content-type")).toMatch(/javascript/);
  const health = await fetch(`${url}/api/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", events: 7473 });
}

describe("the installed package", () => {
  it("ships compiled JavaScript, the built dashboard and the demo data, but no tests, sources or dev tools", () => {
    expect(existsSync(join(installed, "dist", "cli.js"))).toBe(true);
    expect(existsSync(join(installed, "dist", "web", "index.html"))).toBe(true);
    expect(existsSync(join(installed, "data", "demo", "reported", "centcom_statements.csv"))).toBe(true);
    expect(readdirSync(installed).sort()).toEqual(["LICENSE", "README.md", "data", "dist", "package.json"]);
    for (const dev of ["tsx", "vite", "esbuild", "typescript", "vitest"]) expect(existsSync(join(app, "node_modules", dev)), dev).toBe(false);
  });

  it("answers --help", async () => {
    const { stdout } = await resurgence(["--help"]);
    expect(stdout).toMatch(/^Usage: resurgence/);
    expect(stdout).toContain("serve");
  });

  it("serves the dashboard's page and assets at / and the API at /api/health", { timeout: 120_000 }, async () => {
    const url = await serve(await freePort());
    try {
      await expectDashboardAndApi(url);
    } finally {
      // DuckDB lets one process at a time open the store: the PDF cases below need it.
      await stopServer();
    }
  });

  it.skipIf(!chromium && !CI)("writes a PDF briefing", { timeout: 120_000 }, async () => {
    const out = join(work, "brief.pdf");
    await resurgence(["--db", store, ...BRIEF, "--out", out]);
    expect(readFileSync(out).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("says in one line how to get a Chromium when the one named is missing, and exits 5", async () => {
    const failed = await resurgence(["--db", store, ...BRIEF, "--out", join(work, "none.pdf")], { RESURGENCE_CHROMIUM: join(work, "no-such-chromium") }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 5 });
    expect((failed as { stderr: string }).stderr.trim().split("\n")).toEqual([expect.stringMatching(/^error: RESURGENCE_CHROMIUM=.* is not an executable file \(install Debian's chromium/)]);
  });
});
