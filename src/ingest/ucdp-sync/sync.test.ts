import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { sideHas } from "../../../test/helpers/plain-csv.ts";
import { filter, tempStore } from "../../../test/helpers/store.ts";
import type { DuckDBStore } from "../../store/index.ts";
import { allLayouts, detectLayout } from "../../sources/index.ts";
import { DEFAULT_RETRY, parseSyncOptions, type SyncFlags } from "../../sources/ucdp-api/index.ts";
import { RECORDED_FLAGS, recording, records, TOKEN } from "../../sources/ucdp-api/testing/fixture.ts";
import { startReplayServer, type ReplayServer } from "../../sources/ucdp-api/testing/replay-server.ts";
import { syncUcdp, type SyncReport } from "./index.ts";

const asStrings = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v == null ? "" : String(v)]));
const day = (v: unknown) => String(v).slice(0, 10);
const annual = records("25.1");
const candidate = records("25.0.9");
const annualEnd = annual.map((x) => day(x.date_end)).sort().at(-1) ?? "";

let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer(recording, TOKEN);
});
afterAll(() => server.close());

/** A fresh store and a sync function bound to it and to the replay server. */
async function setup(): Promise<{ store: DuckDBStore; sync: (flags?: Partial<SyncFlags>) => Promise<SyncReport[]> }> {
  const { store, dir } = await tempStore(() => new Date("2026-11-29T12:00:00Z"));
  const sync = (flags: Partial<SyncFlags> = {}) =>
    syncUcdp(store, parseSyncOptions({ ...RECORDED_FLAGS, token: TOKEN, baseUrl: server.url, ...flags }, {}), {
      cacheRoot: join(dir, "sync"),
      fetch: globalThis.fetch,
      sleep: async () => undefined,
      now: () => new Date("2026-11-29T12:00:00Z"),
      retry: DEFAULT_RETRY,
    });
  return { store, sync };
}

describe("syncUcdp with an annual release", () => {
  let store: DuckDBStore;
  let sync: Awaited<ReturnType<typeof setup>>["sync"];
  beforeAll(async () => ({ store, sync } = await setup()));
  afterAll(() => store.close());

  let first: SyncReport | undefined;

  it("loads three pages of 1,000 and counts what an independent reader of the fixture counts", async () => {
    const [r] = await sync();
    first = r;
    expect(annual).toHaveLength(2500);
    expect(r?.pages).toEqual({ total: 3, fetched: 3, cached: 0 });
    expect(r?.ingest).toMatchObject({ read: 2500, loaded: 2500, duplicates: 0, quarantined: 0, layout: "ucdp-api-json" });
    const total = await store.count({ filter: filter({ datasets: ["ucdp-ged"] }) });
    expect(total[0]?.events).toBe(new Set(annual.map((x) => x.id)).size);
    const expected = new Map<string, number>();
    for (const x of annual.filter((x) => x.country === "Iraq" && sideHas(asStrings(x), "IS"))) {
      const year = day(x.date_start).slice(0, 4);
      expected.set(year, (expected.get(year) ?? 0) + 1);
    }
    expect(expected.get("2017")).toBeGreaterThan(100);
    const got = await store.count({ filter: filter({ actorIds: ["is"], countries: ["IRQ"] }), by: "year" });
    expect(new Map(got.map((g) => [g.bucket, g.events]))).toEqual(expected);
    const syria = annual.filter((x) => x.country === "Syria" && day(x.date_start) >= "2017-01-01").length;
    const gotSyria = await store.count({ filter: filter({ countries: ["SYR"], start: "2017-01-01" }) });
    expect(gotSyria[0]?.events).toBe(syria);
    expect(new Set((await store.coverage()).map((c) => c.dataset_version))).toEqual(new Set(["25.1"]));
  });

  it("adds nothing and fetches nothing when synced again", async () => {
    server.reset();
    const [again] = await sync();
    expect(server.requests).toEqual([]);
    expect(again?.pages).toEqual({ total: 3, fetched: 0, cached: 3 });
    expect(again?.ingest).toMatchObject({ read: 2500, loaded: 0, duplicates: 2500, quarantined: 0 });
  });

  it("writes a file the normal ingest recognises as the API's layout", async () => {
    const file = first?.ingest?.file ?? "";
    expect(file).toMatch(/ucdp-25\.1-[0-9a-f]{12}-events\.json$/);
    expect((await detectLayout(file, allLayouts())).layout.name).toBe("ucdp-api-json");
  });
});

describe("syncUcdp merging a candidate release", () => {
  let store: DuckDBStore;
  let sync: Awaited<ReturnType<typeof setup>>["sync"];
  let reports: SyncReport[];
  beforeAll(async () => {
    ({ store, sync } = await setup());
    reports = await sync({ candidate: "25.0.9" });
  });
  afterAll(() => store.close());
  const after = candidate.filter((x) => day(x.date_start) > annualEnd);
  const inside = candidate.filter((x) => day(x.date_start) <= annualEnd);

  it("counts candidate events only after the annual release's coverage and reports the rest as superseded", async () => {
    const annualIds = new Set(annual.map((x) => x.id));
    // The fixture overlaps on purpose: 100 events the annual pages lack and 20 they hold, both inside its coverage.
    expect([inside.length, inside.filter((x) => annualIds.has(x.id)).length, after.length]).toEqual([120, 20, 56]);
    const [a, c] = reports;
    expect(c?.superseded).toEqual({ count: inside.length, annualRelease: "25.1", annualEnd });
    expect(c?.ingest).toMatchObject({ read: candidate.length, loaded: after.length, duplicates: 0, quarantined: inside.length, layout: "ucdp-api-candidate-json" });
    expect(c?.datasetVersion).toBe("25.0.9-candidate");
    const total = await store.count({ filter: filter({}) });
    expect(total[0]?.events).toBe((a?.ingest?.loaded ?? 0) + after.length);
    const rejects = await store.rejects(c?.ingest?.batchId);
    expect(new Set(rejects.map((r) => r.reason))).toEqual(new Set([`superseded by the annual release 25.1, which covers to ${annualEnd}`]));
  });

  it("never stores a candidate event dated inside the annual coverage", async () => {
    const cov = (await store.coverage()).filter((c) => c.dataset_version === "25.0.9-candidate");
    expect(cov.length).toBeGreaterThan(0);
    expect(cov.every((c) => c.first_date > annualEnd)).toBe(true);
    const inCoverage = await store.count({ filter: filter({ end: annualEnd }) });
    expect(inCoverage[0]?.events).toBe(annual.length);
  });

  it("adds nothing when synced again: duplicates after the coverage, superseded inside it", async () => {
    const [a, c] = await sync({ candidate: "25.0.9" });
    expect(a?.ingest).toMatchObject({ loaded: 0, duplicates: 2500 });
    expect(c?.ingest).toMatchObject({ read: 176, loaded: 0, duplicates: 56, quarantined: 120 });
    expect(c?.superseded?.count).toBe(120);
    expect(a?.warnings).toEqual([]);
  });

  it("takes --annual-end over the coverage the annual events show, and warns of candidate events it now covers", async () => {
    const [a, c] = await sync({ candidate: "25.0.9", annualEnd: "2026-03-31" });
    const covered = candidate.filter((x) => day(x.date_start) <= "2026-03-31");
    expect(c?.superseded).toEqual({ count: covered.length, annualRelease: "25.1", annualEnd: "2026-03-31" });
    expect(c?.ingest).toMatchObject({ loaded: 0, duplicates: candidate.length - covered.length, quarantined: covered.length });
    const firstCandidate = after.map((x) => day(x.date_start)).sort()[0];
    expect(a?.warnings).toEqual([
      `the store holds 25.0.9-candidate events from ${firstCandidate}, inside the coverage of 25.1 (to 2026-03-31): days both cover may count events twice; rebuild the store and sync again`,
    ]);
  });
});
