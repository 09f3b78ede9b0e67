import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuthError } from "../../errors.ts";
import { download, type DownloadDeps } from "./download.ts";
import { parseSyncOptions, queryFor } from "./options.ts";
import { DEFAULT_RETRY } from "./retry.ts";
import { UpstreamError } from "./upstream-error.ts";
import { RECORDED_FLAGS, recording, TOKEN } from "./testing/fixture.ts";
import { startReplayServer, type ReplayServer } from "./testing/replay-server.ts";

let server: ReplayServer;
let root: string;
let waits: number[];
let retries: string[];
beforeAll(async () => {
  server = await startReplayServer(recording, TOKEN);
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  root = mkdtempSync(join(tmpdir(), "ucdp-sync-"));
  waits = [];
  retries = [];
});

function deps(extra: Partial<DownloadDeps> = {}): DownloadDeps {
  return {
    fetch: globalThis.fetch,
    // Backoff is recorded, not waited out: the tests see the delays without spending them.
    sleep: async (ms) => void waits.push(ms),
    now: () => new Date("2026-11-29T12:00:00Z"),
    retry: { ...DEFAULT_RETRY, tries: 4, timeoutMs: 5000 },
    onRetry: (m) => retries.push(m),
    ...extra,
  };
}
function get(opts: { token?: string; fresh?: boolean } = {}, extra: Partial<DownloadDeps> = {}) {
  const o = parseSyncOptions({ ...RECORDED_FLAGS, baseUrl: server.url }, {});
  return download({ query: queryFor("25.1", o), baseUrl: o.baseUrl, token: "token" in opts ? opts.token : TOKEN, fresh: opts.fresh ?? false, cacheRoot: root }, deps(extra));
}
const fetched = () => server.requests.filter((r) => r.outcome === 200).map((r) => r.page);

describe("download", () => {
  it("fetches every page once and then serves them from the cache folder", async () => {
    const first = await get();
    expect(first).toMatchObject({ totalCount: 2500, totalPages: 3, fetched: 3, cached: 0 });
    expect(readdirSync(first.cache.dir).sort()).toEqual(["page-0000.json", "page-0001.json", "page-0002.json", "state.json"]);
    expect(first.cache.dir).toMatch(/\/ucdp-25\.1-[0-9a-f]{12}$/);
    const again = await get();
    expect(again).toMatchObject({ fetched: 0, cached: 3 });
    expect(fetched()).toEqual([0, 1, 2]);
  });

  it("retries a 500, a 429 with Retry-After and a dropped connection, and then succeeds", async () => {
    server.fail("25.1", 0, { kind: "status", status: 500 });
    server.fail("25.1", 1, { kind: "status", status: 429, retryAfter: "7" });
    server.fail("25.1", 2, { kind: "drop" });
    expect(await get()).toMatchObject({ fetched: 3 });
    expect(server.requests.map((q) => `${q.page}:${q.outcome}`)).toEqual(["0:500", "0:200", "1:429", "1:200", "2:dropped", "2:200"]);
    // Backoff from 1 s, except where the server said how long to wait.
    expect(waits).toEqual([1000, 7000, 1000]);
    expect(retries[1]).toBe("page 1 of gedevents/25.1: HTTP 429; trying again in 7.0 s (2/4)");
    expect(retries[2]).toMatch(/^page 2 of gedevents\/25.1: network error/);
  });

  it("gives up after the bounded number of tries with one line, keeping the pages it has", async () => {
    server.fail("25.1", 1, { kind: "status", status: 503 }, 10);
    const err = await get().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamError);
    expect((err as UpstreamError).message).toBe("the UCDP API did not answer page 1 of gedevents/25.1 after 4 tries (last: HTTP 503)");
    expect((err as UpstreamError).exitCode).toBe(7);
    expect(waits).toEqual([1000, 2000, 4000]);
    const [folder = ""] = readdirSync(root);
    expect(readdirSync(join(root, folder)).sort()).toEqual(["page-0000.json", "state.json"]);
  });

  it("stops at once when the server asks to wait longer than it will", async () => {
    server.fail("25.1", 0, { kind: "status", status: 429, retryAfter: "3600" });
    const err = await get().catch((e: unknown) => e);
    expect((err as Error).message).toBe("the UCDP API asks to wait 3600 s before page 0 of gedevents/25.1 (HTTP 429)");
    expect(waits).toEqual([]);
  });

  it("resumes a killed sync from the first missing page, fetching no page twice", async () => {
    const kill = new Error("killed");
    const killed = await get({}, { onPages: (done) => { if (done === 2) throw kill; } }).catch((e: unknown) => e);
    expect(killed).toBe(kill);
    expect(fetched()).toEqual([0, 1]);
    expect(await get()).toMatchObject({ fetched: 1, cached: 2 });
    expect(fetched()).toEqual([0, 1, 2]);
  });

  it("fetches a page again when its saved copy is cut off, and everything again with --fresh", async () => {
    const first = await get();
    writeFileSync(join(first.cache.dir, "page-0001.json"), '{"TotalCount": 2500, "Result": [');
    writeFileSync(join(first.cache.dir, "page-0002.json.123.tmp"), "{");
    server.reset();
    expect(await get()).toMatchObject({ fetched: 1, cached: 2 });
    expect(fetched()).toEqual([1]);
    expect(readdirSync(first.cache.dir)).not.toContain("page-0002.json.123.tmp");
    server.reset();
    await expect(get({ fresh: true, token: "wrong" })).rejects.toThrow(/refused the access token/);
    expect(readdirSync(first.cache.dir).sort()).toEqual(["page-0000.json", "page-0001.json", "page-0002.json", "state.json"]);
    server.reset();
    expect(await get({ fresh: true })).toMatchObject({ fetched: 3, cached: 0 });
    expect(fetched()).toEqual([0, 1, 2]);
  });

  it("refuses a wrong or missing token with one line that says how to get one, without retrying", async () => {
    const wrong = await get({ token: "not-the-token" }).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(AuthError);
    expect((wrong as AuthError).message).toBe("the UCDP API refused the access token (HTTP 401): it is missing, wrong or expired");
    expect((wrong as AuthError).hint).toMatch(/--token or set UCDP_ACCESS_TOKEN.*ucdp\.uu\.se\/apidocs/);
    expect(waits).toEqual([]);
    server.reset();
    const missing = await get({ token: undefined }).catch((e: unknown) => e);
    expect((missing as AuthError).message).toBe("no UCDP API access token");
    expect(server.requests).toEqual([]);
    // The replay server, like the API, answers 401 to a request without a token.
    expect((await fetch(`${server.url}/gedevents/25.1?pagesize=1000&page=0&Country=652,645&StartDate=1989-01-01`)).status).toBe(401);
  });

  it("stops when the API's totals change between pages", async () => {
    const first = await get();
    const state = join(first.cache.dir, "state.json");
    writeFileSync(state, JSON.stringify({ ...JSON.parse(readFileSync(state, "utf8")), totalCount: 2400 }));
    writeFileSync(join(first.cache.dir, "page-0002.json"), "");
    const err = await get().catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/answer changed during the sync of gedevents\/25.1 \(TotalCount 2400 → 2500/);
  });
});
