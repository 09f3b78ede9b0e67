/**
 * The caching policy, on a real DuckDB store holding the Iraq file and on the same store seen as one that
 * cannot report its changes (as ClickHouse): answers are reused only where the store reports changes, and
 * only for questions that are a pure function of the store.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledRegistry } from "../actors/index.ts";
import { ingestFile } from "../ingest/index.ts";
import { IRAQ, SYRIA } from "../../test/helpers/paths.ts";
import { storeWith } from "../../test/helpers/store.ts";
import type { DuckDBStore, Store } from "../store/index.ts";
import { Answerer, compareQuestion, eventsQuestion } from "./index.ts";

let store: DuckDBStore;
beforeAll(async () => {
  store = (await storeWith([IRAQ])).store;
}, 60_000);
afterAll(async () => store.close());

const env = (s: Store) => ({ store: s, registry: bundledRegistry(), now: () => new Date("2026-12-01T00:00:00Z") });
const syria2017 = compareQuestion.input.parse({ actor: "IS", country: "SYR", period: "2017", vs: "2018" });

/** The same store, minus its change reports: what a shared ClickHouse looks like to this process. */
function silent(s: Store): Store {
  return new Proxy(s, { get: (t, p) => (p === "onChange" ? undefined : Reflect.get(t, p, t)) });
}

describe("Answerer", () => {
  it("reuses an answer on a store that reports changes, and drops it when the store changes", async () => {
    const answerer = new Answerer(env(store));
    expect(answerer.caching).toBe(true);
    const before = await answerer.answer(compareQuestion, syria2017);
    expect(answerer.cached).toBe(1);
    expect(await answerer.answer(compareQuestion, syria2017)).toBe(before);
    await ingestFile(store, { file: SYRIA });
    expect(answerer.cached).toBe(0);
    const after = await answerer.answer(compareQuestion, syria2017);
    expect(before.rows[0]!.a.events).toBe(0);
    expect(after.rows[0]!.a.events).toBeGreaterThan(0);
  }, 60_000);

  it("never caches on a store that cannot report its changes", async () => {
    const answerer = new Answerer(env(silent(store)));
    expect(answerer.caching).toBe(false);
    await answerer.answer(compareQuestion, syria2017);
    expect(answerer.cached).toBe(0);
  });

  it("never caches a question that is not cacheable (a page of events)", async () => {
    const answerer = new Answerer(env(store));
    await answerer.answer(eventsQuestion, eventsQuestion.input.parse({ actor: "IS", limit: "5" }));
    expect(answerer.cached).toBe(0);
  });
});

describe("compare in Dutch", () => {
  it("writes its notes and counting rule from the Dutch catalogue, with no English sentence of it", async () => {
    const answerer = new Answerer(env(store));
    const a = await answerer.answer(compareQuestion, compareQuestion.input.parse({ actor: "IS", country: "IRQ", period: "2019", vs: "2018", lang: "nl" }));
    expect(a.rule_text).toMatch(/^Telregel: UCDP GED-gebeurtenissen/);
    expect(a.notes.join(" ")).toMatch(/geen gegevens voor 2019/);
    expect(`${a.rule_text} ${a.notes.join(" ")}`).not.toMatch(/Counting rule|no data for|is covered only|in the store runs/);
  });
});

describe("AnswerCache", () => {
  it("builds an answer once for requests that arrive while it is being built, and forgets a failed build", async () => {
    const { AnswerCache } = await import("./cache.ts");
    const cache = new AnswerCache();
    let builds = 0;
    const slow = () => new Promise<number>((r) => setTimeout(() => r(++builds), 20));
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.get("k", slow)));
    expect(builds).toBe(1);
    expect(new Set(answers)).toEqual(new Set([1]));
    await expect(cache.get("bad", () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(await cache.get("bad", async () => 7)).toBe(7);
  });
});
