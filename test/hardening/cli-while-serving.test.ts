/**
 * Issue 13 item 6: the CLI while a server holds the store. DuckDB lets one process open the file, so `serve`
 * leaves a run file beside the store and the CLI asks that server: reading commands answer exactly as they do
 * without it, ingest loads through its upload, and a command that needs the store itself says so (exit 5).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningServer } from "../../src/api/index.ts";
import { startServe } from "../../src/cli/commands/serve.ts";
import { Context } from "../../src/cli/context.ts";
import { main } from "../../src/cli/main.ts";
import { resolveConfig } from "../../src/config.ts";
import { DEMO, FIXTURES, IRAQ, SYRIA } from "../helpers/paths.ts";

const NOW = new Date("2026-12-01T00:00:00Z");
const dir = mkdtempSync(join(tmpdir(), "cli-serving-"));
const db = join(dir, "store.duckdb");
const runFile = `${db}.server.json`;
const silent = { out: () => {}, err: () => {}, isTTY: false, now: () => NOW, stdin: async () => "" };

async function run(store: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "resurgence", "--db", store, ...args], { env: {}, io: { ...silent, out: (l) => out.push(l), err: (l) => err.push(l) } });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The reading commands the issue names, as text and as JSON. */
const READS = [
  ["status"],
  ["status", "--json"],
  ["compare", "--actor", "IS", "--country", "SYR", "--period", "2017", "--vs", "2018"],
  ["compare", "--actor", "IS", "--country", "SYR", "--period", "2017", "--vs", "2018", "--by", "quarter", "--json"],
  ["detect", "--actor", "IS", "--country", "SYR", "--json"],
  ["detect", "--actor", "IS", "--country", "SYR"],
  ["series", "--actor", "Daesh", "--period", "2016..2018", "--by", "year"],
];

let local: Array<{ code: number; out: string; err: string }>;
let server: RunningServer | undefined;
let serverCtx: Context;

beforeAll(async () => {
  expect((await run(db, "ingest", SYRIA)).code).toBe(0);
  local = [];
  for (const args of READS) local.push(await run(db, ...args));
  serverCtx = new Context(resolveConfig({ db }, {}), silent, {});
  server = await startServe(serverCtx, { port: "0", host: "127.0.0.1", web: false });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await serverCtx?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the CLI while a server holds the store", () => {
  it("finds the server through a run file beside the store, readable only by the user", () => {
    const run = JSON.parse(readFileSync(runFile, "utf8")) as { url: string; pid: number; secret: string };
    expect(run).toMatchObject({ url: `http://127.0.0.1:${server!.port}`, pid: process.pid });
    expect(run.secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(runFile).mode & 0o777).toBe(0o600);
  });

  it("answers status, compare and detect exactly as without the server", async () => {
    for (const [i, args] of READS.entries()) {
      const served = await run(db, ...args);
      expect(served, args.join(" ")).toEqual(local[i]);
      expect(served.code).toBe(0);
    }
  });

  it("refuses a bad value with the same line and exit code as a local run", async () => {
    const served = await run(db, "compare", "--actor", "IS", "--period", "2017", "--vs", "2018", "--by", "day");
    expect(served.code).toBe(2);
    expect(served.err).toMatch(/^error: --by/);
  });

  it("loads files through the server's upload, with the accounting line a local ingest prints", async () => {
    const served = await run(db, "ingest", IRAQ);
    expect(served.err).toBe("");
    expect(served.code).toBe(0);
    const alone = await run(join(dir, "alone.duckdb"), "ingest", IRAQ);
    const figures = (line: string) => line.replace(/ \(ucdp-ged [^,]+, [\d.]+ s\).*$/, "");
    expect(figures(served.out)).toBe(figures(alone.out));
    expect(served.out).toMatch(new RegExp(`^${IRAQ.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: read [\\d,]+, loaded [\\d,]+`));
    const status = JSON.parse((await run(db, "status", "--json")).out) as { batches: unknown[]; coverage: Array<{ country_iso3: string }> };
    expect(status.batches).toHaveLength(2);
    expect(status.coverage.map((c) => c.country_iso3)).toContain("IRQ");
  }, 120_000);

  it("says a refused file in the reader's language through the server too, as a local ingest does", async () => {
    const empty = join(FIXTURES, "bad", "ged-csv", "empty.csv");
    const served = await run(db, "ingest", empty, "--lang", "nl");
    expect(served.code).toBe(3);
    expect(served.err).toBe(`fout: ${empty}: het bestand is leeg (exporteer de gegevens opnieuw; alleen een kopregel is ook niet genoeg)`);
    const alone = await run(join(dir, "alone-nl.duckdb"), "ingest", empty, "--lang", "nl");
    expect(served.err).toBe(alone.err);
  });

  it("says in one line that a command needing the store itself cannot run, naming the server (exit 5)", async () => {
    for (const args of [["rejects"], ["reported", "import", join(DEMO, "reported", "centcom_statements.csv"), "--actor", "IS"]]) {
      const r = await run(db, ...args);
      expect(r.code, args.join(" ")).toBe(5);
      expect(r.err.split("\n")).toHaveLength(1);
      expect(r.err).toContain(`the store is held by the resurgence server at http://127.0.0.1:${server!.port} (pid ${process.pid})`);
    }
  });

  it("removes the run file when the server stops, and the CLI opens the store itself again", async () => {
    await server!.close();
    await serverCtx.close();
    server = undefined;
    expect(existsSync(runFile)).toBe(false);
    const r = await run(db, "rejects");
    expect(r.code).toBe(0);
  });

  it("ignores a run file left by a server that was killed (its pid is dead)", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(runFile, JSON.stringify({ url: "http://127.0.0.1:9", pid: dead, secret: "x".repeat(43) }));
    const r = await run(db, "status", "--json");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { batches: unknown[] }).batches).toHaveLength(2);
  });
});
