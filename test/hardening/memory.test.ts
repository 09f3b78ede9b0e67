/**
 * Issue 13, item 4 (memory): an ingest's memory is bounded by the store's DuckDB memory limit, not by the file.
 * Measured on 300k synthetic GED rows (117 MB, bench/synthetic.ts): 2.4 GB peak RSS without a limit, 1.5 GB with
 * RESURGENCE_MEMORY_LIMIT=1GB, and 1.5 GB for 600k rows too. The test ingests 300k rows in a fresh process with
 * that limit and bounds its peak at 1.9 GB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticGed } from "../../bench/synthetic.ts";
import { ingestFile } from "../../src/ingest/index.ts";
import { rows } from "../../src/store/index.ts";
import { DuckDBStore } from "../../src/store/duckdb/index.ts";
import { ROOT } from "../helpers/paths.ts";
import { plain } from "./real-data.ts";

const ROWS = 300_000;
const CHILD = join(ROOT, "test", "hardening", "children", "ingest-rss.ts");
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "resurgence-memory-"));
  file = await syntheticGed(join(dir, "ged-300k.csv"), ROWS);
}, 120_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("ingesting 300k rows", () => {
  it("peaks under 1.9 GB of resident memory", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", CHILD, join(dir, "store.duckdb"), file], { cwd: ROOT, encoding: "utf8", timeout: 240_000 });
    expect(r.status, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}") as { code: number; err: string[]; maxRssBytes: number };
    expect(got.err).toEqual([]);
    expect(got.code).toBe(0);
    expect(got.maxRssBytes).toBeLessThan(1.9 * 2 ** 30);
  }, 300_000);
});

describe("a JSON ingest, whose DuckDB functions do not spill", () => {
  it("lifts the memory limit while it stages, and puts it back", async () => {
    const store = await DuckDBStore.open(join(dir, "json.duckdb"), { memoryLimit: "1GB" });
    const limit = async () => String((await rows(store.connection, `SELECT current_setting('memory_limit') AS m`))[0]?.m);
    expect(await limit()).toBe("953.6 MiB");
    const s = await ingestFile(store, { file: plain("ged261-candidate-mirror.json") });
    expect(s.loaded).toBe(2000);
    // Put back as DuckDB shows it, to a tenth of a MiB.
    expect(await limit()).toMatch(/^953\.[56] MiB$/);
    await store.close();
  });
});
