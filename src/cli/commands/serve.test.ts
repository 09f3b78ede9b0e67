/** `resurgence serve` listens, prints its URL, answers, and stops when told; bad ports are usage errors. */
import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveConfig } from "../../config.ts";
import { UsageError } from "../../errors.ts";
import { Context } from "../context.ts";
import { parsePort, startServe, watchParent } from "./serve.ts";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { ROOT } from "../../../test/helpers/paths.ts";
import { main } from "../main.ts";

describe("resurgence serve", () => {
  it("serves the API on the port asked for and prints the URL", async () => {
    const dir = mkdtempSync(join(tmpdir(), "resurgence-serve-"));
    const out: string[] = [];
    const ctx = new Context(resolveConfig({ db: join(dir, "s.duckdb") }, {}), { out: (l) => void out.push(l), err: () => {}, isTTY: false, now: () => new Date(), stdin: async () => "" });
    const server = await startServe(ctx, { port: "0", host: "127.0.0.1", web: false });
    try {
      expect(out[0]).toContain(server.url);
      expect(out.join("\n")).toContain("writes (POST /api/ingest) are disabled");
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { status: string; writes: string };
      expect(health).toMatchObject({ status: "ok", writes: "disabled" });
    } finally {
      await server.close();
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a port that is not a port", () => {
    expect(() => parsePort("http", 8080)).toThrow(UsageError);
    expect(() => parsePort("70000", 8080)).toThrow(UsageError);
    expect(parsePort(undefined, 8080)).toBe(8080);
  });

  it("prints one JSON line with the URL once listening, with --json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "resurgence-serve-"));
    const out: string[] = [];
    const ctx = new Context(resolveConfig({ db: join(dir, "s.duckdb") }, {}), { out: (l) => void out.push(l), err: () => {}, isTTY: false, now: () => new Date(), stdin: async () => "" });
    const server = await startServe(ctx, { port: "0", host: "127.0.0.1", web: false, json: true });
    try {
      expect(out).toHaveLength(1);
      expect(JSON.parse(out[0]!)).toMatchObject({ url: server.url, api: `${server.url}/api`, openapi: `${server.url}/openapi.json`, pid: process.pid, writes: "disabled" });
    } finally {
      await server.close();
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("calls back once its parent process is gone, and not before", async () => {
    let parent = 100;
    let gone = 0;
    watchParent(() => gone++, { ppid: () => parent, everyMs: 5 });
    await new Promise((r) => setTimeout(r, 30));
    expect(gone).toBe(0);
    parent = 1;
    await new Promise((r) => setTimeout(r, 30));
    expect(gone).toBe(1);
  });

  it("stops when the npm that started it is killed (npm start execs node, so npm is its parent)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "resurgence-serve-"));
    // A stand-in for npm: a shell that starts the server as npm runs a script, then is killed outright.
    const npm = spawn("sh", ["-c", `"${process.execPath}" "${join(ROOT, "bin", "resurgence.mjs")}" --db "${join(dir, "s.duckdb")}" serve --no-web --port 0 --json & wait`], {
      env: { ...process.env, npm_lifecycle_event: "start" },
      stdio: ["ignore", "pipe", "ignore"],
    });
    const [line] = (await once(createInterface({ input: npm.stdout! }), "line")) as [string];
    const { pid } = JSON.parse(line) as { pid: number };
    npm.kill("SIGKILL");
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive()).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

describe("resurgence demo --json", () => {
  it("prints the report as one JSON line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "resurgence-demo-"));
    const out: string[] = [];
    const code = await main(["node", "resurgence", "--db", join(dir, "d.duckdb"), "demo", "--no-serve", "--json"], { env: {}, io: { out: (l) => void out.push(l), err: () => {}, isTTY: false, now: () => new Date("2026-12-01T00:00:00Z"), stdin: async () => "" } });
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const report = JSON.parse(out[0]!) as { ingested: Array<{ loaded: number }>; is_syria_by_year: unknown[]; seed: { sentence: string } };
    expect(report.ingested).toHaveLength(2);
    expect(report.is_syria_by_year).toHaveLength(4);
    expect(report.seed.sentence).toContain("153");
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
