/**
 * Issue 13, item 24: an upload's batch records the name its client gave, never the server's temporary path, and
 * the answer holds no server path; an upload folder left by a server killed mid-upload is removed at the next start.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/api/index.ts";
import type { DuckDBStore } from "../../src/store/duckdb/index.ts";
import { FIXTURES } from "../helpers/paths.ts";
import { tempStore } from "../helpers/store.ts";
import { plain } from "./real-data.ts";

const TOKEN = "upload-test-token-0123456789";
const WRONG_TYPES = join(FIXTURES, "bad", "ged-csv", "wrong-types.csv");
let store: DuckDBStore;
let dir: string;
let uploads: string;

beforeAll(async () => {
  ({ store, dir } = await tempStore(() => new Date("2026-11-29T12:00:00Z")));
  uploads = mkdtempSync(join(tmpdir(), "resurgence-uploads-"));
});
afterAll(async () => {
  await store?.close();
});

function app() {
  return createApp({ store, config: { db: join(dir, "test.duckdb"), actorFiles: [], debug: false, apiToken: TOKEN }, log: () => {}, tmpDir: uploads });
}

describe("POST /api/ingest", () => {
  it("records the upload's name in the batch and answers no server path", async () => {
    const res = await app().request("/api/ingest?filename=wrong-types.csv", { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` }, body: readFileSync(WRONG_TYPES) });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    expect(text).not.toContain(uploads);
    expect(text).not.toContain(dir);
    const { summary } = JSON.parse(text) as { summary: { file: string; quarantined: number; rejectsFile: string } };
    expect(summary.quarantined).toBe(3);
    expect(summary.rejectsFile).toMatch(/^wrong-types\.ucdp-ged-[^/]+\.rejects\.csv$/);
    const batches = await store.batches();
    expect(batches.map((b) => b.file)).toEqual(["wrong-types.csv"]);
    expect((await store.rejects()).map((r) => r.file)).toEqual(["wrong-types.csv", "wrong-types.csv", "wrong-types.csv"]);
    expect(readdirSync(uploads)).toEqual([]);
  });

  it("answers a refused upload without the server's path", async () => {
    const res = await app().request("/api/ingest?filename=empty.csv", { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` }, body: "" });
    const text = await res.text();
    expect(res.status).toBe(422);
    expect(text).toMatch(/the file is empty/);
    expect(text).not.toContain(uploads);
  });

  it("refuses a decompression bomb with 422 while it unpacks (item 4)", async () => {
    const [header, row] = readFileSync(plain("ged231-sample-1000.csv"), "utf8").split("\n");
    const line = Buffer.from(`${row}\n`);
    const bomb = gzipSync(Buffer.concat([Buffer.from(`${header}\n`), Buffer.alloc(64 * 2 ** 20 - (64 * 2 ** 20) % line.length, line)]), { level: 1 });
    const res = await app().request("/api/ingest?filename=repeated.csv.gz", { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` }, body: bomb });
    const text = await res.text();
    expect(res.status, text).toBe(422);
    expect(text).toMatch(/unpacks to more than 100×/);
    expect(text).toMatch(/decompression bomb/);
    expect(readdirSync(uploads)).toEqual([]);
  }, 60_000);

  it("removes, at start, an upload folder a killed server left behind", () => {
    // The pid of a process that has ended: as a server killed mid-upload leaves it.
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" }).stdout.trim();
    const orphan = join(uploads, `resurgence-upload-${gone}-AbC123`);
    mkdirSync(orphan);
    writeFileSync(join(orphan, "big.csv"), "id\n1\n");
    const mine = join(uploads, `resurgence-upload-${process.pid}-XyZ789`);
    mkdirSync(mine);
    app();
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(mine)).toBe(true);
  });
});
