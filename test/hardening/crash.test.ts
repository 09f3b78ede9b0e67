/**
 * Crash safety, with the real CLI in its own process: `resurgence ingest` of 300,000 GED-shaped rows is killed
 * with SIGKILL while it writes rows into the store file (before its COMMIT); the store opens afterwards exactly
 * as it was, takes a new ingest, and then the same big file ingests completely.
 *
 * Ingest while the server answers reads: DuckDB lets one process at a time open a store file for writing, so a
 * second process is refused (exit 5, "another resurgence process has the store open"). A server and an ingest
 * therefore share one process and one DuckDB instance — `resurgence serve` takes files at POST /api/ingest —
 * reads on the store's connection, each ingest on a connection of its own (DuckDBStore.ingest), so until the
 * ingest commits every read answers from the store as it was; it waits only for the COMMIT itself (commit-gate.ts).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticGed } from "../../bench/synthetic.ts";
import { createApp } from "../../src/api/index.ts";
import { DuckDBStore } from "../../src/store/duckdb/index.ts";
import { rows } from "../../src/store/index.ts";
import { FIXTURES, ROOT } from "../helpers/paths.ts";
import { NOW, SEED, snapshot } from "./store-state.ts";
import { ingestFile } from "../../src/ingest/index.ts";

const ROWS = 300_000;
const BIN = join(ROOT, "bin", "resurgence.mjs");
const dir = mkdtempSync(join(tmpdir(), "crash-"));
const db = join(dir, "store.duckdb");
let big: string;
let store: DuckDBStore | undefined;

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

beforeAll(async () => {
  big = await syntheticGed(join(dir, "ged-300k.csv"), ROWS);
}, 120_000);
afterAll(async () => {
  await store?.close();
});

describe("an ingest killed with SIGKILL", () => {
  it("leaves the store as it was, and usable", async () => {
    const s0 = await DuckDBStore.open(db, { now: NOW });
    await ingestFile(s0, { file: SEED });
    const before = await snapshot(s0);
    await s0.close();
    const size = statSync(db).size;

    const child = spawn(process.execPath, [BIN, "--db", db, "ingest", big], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const exited = once(child, "exit");
    // Rows reach the store file before COMMIT (DuckDB writes large inserts out as it goes): kill it then.
    const writing = await until(() => existsSync(db) && statSync(db).size > size + 1_000_000, 110_000);
    child.kill("SIGKILL");
    const [, signal] = await exited;
    expect(writing, "the child never started writing rows").toBe(true);
    expect(signal).toBe("SIGKILL");
    expect(out).toBe("");

    store = await DuckDBStore.open(db, { now: NOW });
    expect(await snapshot(store)).toEqual(before);
    const gtd = await ingestFile(store, { file: join(FIXTURES, "gtd", "globalterrorismdb.csv") });
    expect(gtd.loaded).toBeGreaterThan(0);
    expect(Number((await snapshot(store)).events)).toBe(Number(before.events) + gtd.loaded);
    // The killed batch had written its raw file (the file as delivered and its record index): the next batch
    // removes them, leaving only what the stored batches name (a file kept as delivered has its index beside it).
    const named = await rows(store.connection, `SELECT raw_file FROM batches WHERE raw_file IS NOT NULL ORDER BY raw_file`);
    const expected = named.flatMap((r) => (String(r.raw_file).endsWith(".csv") ? [String(r.raw_file), `${String(r.raw_file)}.idx`] : [String(r.raw_file)]));
    expect(readdirSync(`${db}.raw`).sort()).toEqual(expected.sort());
  }, 150_000);

  it("then ingests the file completely while the API answers reads from the store as it was, and refuses a second process", async () => {
    const s = store!;
    const app = createApp({ store: s, config: { db, actorFiles: [], debug: false }, log: () => undefined });
    const total = async () => {
      const res = await app.request("/api/events?dataset=ucdp-ged&limit=1");
      expect(res.status).toBe(200);
      return Number(res.headers.get("X-Total-Count"));
    };
    const before = await total();
    let done = false;
    const ingest = ingestFile(s, { file: big }).finally(() => (done = true));
    // Meanwhile another process tries the store: DuckDB's lock refuses it, in one line.
    const other = spawn(process.execPath, [BIN, "--db", db, "status"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let otherErr = "";
    other.stderr.on("data", (d: Buffer) => (otherErr += d.toString()));
    const otherExit = once(other, "exit");
    const answered: number[] = [];
    while (!done) {
      const n = await total();
      if (!done) answered.push(n);
      await new Promise((r) => setTimeout(r, 250));
    }
    const summary = await ingest;
    expect(summary).toMatchObject({ read: ROWS, loaded: ROWS, duplicates: 0, quarantined: 0 });
    expect(answered.length).toBeGreaterThan(3);
    // Before the commit the old total, after it the new one: never a part of the file.
    for (const n of answered) expect([before, before + ROWS]).toContain(n);
    expect(answered[0]).toBe(before);
    expect(await total()).toBe(before + ROWS);
    const [code] = await otherExit;
    expect(code).toBe(5);
    expect(otherErr.trim().split("\n")).toHaveLength(1);
    expect(otherErr).toMatch(/^error: cannot open the DuckDB store .*\(another resurgence process has the store open; stop it or use --db to pick another file\)$/m);
  }, 150_000);
});
