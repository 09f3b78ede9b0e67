import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { IRAQ } from "../../../test/helpers/paths.ts";
import { storeWith } from "../../../test/helpers/store.ts";
import type { DuckDBStore } from "../../store/index.ts";
import { Context } from "../context.ts";
import { runWatchCommand } from "./watch.ts";

let made: { store: DuckDBStore; dir: string };
beforeAll(async () => {
  made = await storeWith([IRAQ]);
});
afterAll(async () => {
  await made?.store.close();
  if (made) rmSync(made.dir, { recursive: true, force: true });
});

class Stop extends Error {}

describe("resurgence watch on a schedule", () => {
  it("sleeps until each next cron time, runs, and takes its pairs from flags", async () => {
    let now = new Date("2026-12-07T12:07:30Z");
    const out: string[] = [];
    const err: string[] = [];
    const sleeps: number[] = [];
    const db = join(made.dir, "test.duckdb");
    const ctx = new Context({ db, actorFiles: [], debug: false }, { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => now, stdin: async () => "" }, {}, made.store);
    const sleep = async (ms: number): Promise<void> => {
      sleeps.push(ms);
      if (sleeps.length === 3) throw new Stop();
      now = new Date(now.getTime() + ms);
    };
    await expect(runWatchCommand(ctx, { watch: ["IS:IRQ"], schedule: "*/15 * * * *", dashboard: "http://127.0.0.1:8080/" }, { fetch: globalThis.fetch, sleep })).rejects.toThrow(Stop);
    // 12:07:30 → 12:15:00, then 12:15 → 12:30.
    expect(sleeps).toEqual([450_000, 900_000, 900_000]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^2026-12-07T12:15:00\.000Z watch: 0 UCDP versions and 0 GDELT files synced; \d+ notices hold now/);
    expect(err[0]).toBe('watch: schedule "*/15 * * * *" (UTC); watching IS in IRQ');
    expect(existsSync(join(made.dir, "watch-state.json"))).toBe(true);
  });
});
