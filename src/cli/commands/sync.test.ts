import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RECORDED_FLAGS, recording, TOKEN } from "../../sources/ucdp-api/testing/fixture.ts";
import { startReplayServer, type ReplayServer } from "../../sources/ucdp-api/testing/replay-server.ts";
import { main } from "../main.ts";

const dir = mkdtempSync(join(tmpdir(), "cli-sync-"));
const db = join(dir, "store.duckdb");
let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer(recording, TOKEN);
});
afterAll(() => server.close());

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "resurgence", "--db", db, ...args], {
    env: {},
    io: { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => new Date("2026-11-29T12:00:00Z") },
  });
  return { code, out, err };
}
const base = () => ["sync", "ucdp", "--version", RECORDED_FLAGS.version, "--country", RECORDED_FLAGS.country, "--from", RECORDED_FLAGS.from, "--base-url", server.url];

describe("resurgence sync ucdp", () => {
  it("prints one summary line per version and keeps the pages beside the store", async () => {
    const r = await run(...base(), "--token", TOKEN, "--candidate", "25.0.9", "--annual-end", "2026-03-31");
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(2);
    expect(r.out[0]).toMatch(/^ucdp 25\.1: 3 pages \(3 fetched, 0 from cache\), read 2,500, loaded 2,500, duplicates skipped 0, quarantined 0 as ucdp-ged 25\.1 \(\d+\.\d s\)$/);
    expect(r.out[1]).toMatch(
      /^ucdp 25\.0\.9 candidate: 1 page \(1 fetched, 0 from cache\), read 176, loaded \d+, duplicates skipped 0, quarantined \d+, of which \d+ superseded by 25\.1 \(covers to 2026-03-31\) as ucdp-ged 25\.0\.9-candidate \(\d+\.\d s\); rejects in .*\.rejects\.csv$/,
    );
    expect(readdirSync(join(dir, "sync")).sort()).toEqual([expect.stringMatching(/^ucdp-25\.0\.9-[0-9a-f]{12}$/), expect.stringMatching(/^ucdp-25\.1-[0-9a-f]{12}$/)]);
  });

  it("refuses a wrong token with one line and exit code 6, keeping the pages it has", async () => {
    const r = await run(...base(), "--token", "wrong-token", "--fresh");
    expect(r.code).toBe(6);
    expect(r.err).toEqual([
      "error: the UCDP API refused the access token (HTTP 401): it is missing, wrong or expired (pass --token or set UCDP_ACCESS_TOKEN; UCDP issues API tokens on request, see https://ucdp.uu.se/apidocs/)",
    ]);
  });

  it("refuses bad flags with exit code 2", async () => {
    const r = await run("sync", "ucdp", "--version", "25.1", "--country", "Syria", "--from", "2023-01-01", "--token", TOKEN);
    expect(r.code).toBe(2);
    expect(r.err).toEqual(["error: --country is not a list of Gleditsch-Ward country codes like 652,645 (see resurgence sync ucdp --help)"]);
  });
});
