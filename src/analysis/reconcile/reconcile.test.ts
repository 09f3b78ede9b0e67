import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledRegistry } from "../../actors/index.ts";
import type { CanonicalEvent } from "../../event.ts";
import { parsePeriod } from "../../periods/index.ts";
import { importLedger } from "../../reported/index.ts";
import { EventFilter, type DuckDBStore } from "../../store/index.ts";
import { countByYear, readCsvObjects, sideHas } from "../../../test/helpers/plain-csv.ts";
import { DEMO, SYRIA } from "../../../test/helpers/paths.ts";
import { tempStore } from "../../../test/helpers/store.ts";
import { join } from "node:path";
import { haversineKm, matchEvents, reconcile } from "./index.ts";
import { ingestFile } from "../../ingest/index.ts";
import { compareInStore, CountingRule } from "../counting/index.ts";

let store: DuckDBStore;
beforeAll(async () => {
  store = (await tempStore()).store;
  await ingestFile(store, { file: SYRIA });
  await store.addReported(importLedger(join(DEMO, "reported", "centcom_statements.csv"), bundledRegistry(), "is"));
}, 60_000);
afterAll(async () => store.close());

/** A second dataset's record of the same event: moved `km` east, `days` later, its own id. */
function echo(e: CanonicalEvent, km: number, days: number, id: string): CanonicalEvent {
  const d = new Date(Date.parse(`${e.date_start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const dLon = km / (111.32 * Math.cos((e.latitude! * Math.PI) / 180));
  return { ...e, id, dataset: "other", date_start: d, date_end: d, longitude: e.longitude! + dLon };
}

describe("matchEvents", () => {
  it("finds every planted echo within 25 km and a day, and none of the far ones", async () => {
    const events = (await store.events(EventFilter.parse({ actorIds: ["is"], start: "2017-03-01", end: "2017-03-10" }), { limit: 500, offset: 0 }))
      .filter((e) => e.latitude != null && e.date_precision === "day");
    expect(events.length).toBeGreaterThan(20);
    const near = events.slice(0, 15).map((e, i) => echo(e, 8, 1, `near-${i}`));
    const far = events.slice(15).map((e, i) => echo(e, 60, 0, `far-${i}`));
    const farSource = new Map(events.slice(15).map((e, i) => [`far-${i}`, e.id]));
    const pairs = matchEvents(events, [...near, ...far]);
    const byB = new Map(pairs.map((p) => [p.b.id, p.a.id]));
    for (let i = 0; i < near.length; i++) expect(byB.has(`near-${i}`)).toBe(true);
    // A far echo may sit near another event of that day, but never pairs with the event it was made from.
    expect(pairs.some((p) => farSource.get(p.b.id) === p.a.id)).toBe(false);
    expect(new Set(pairs.map((p) => p.a.id)).size).toBe(pairs.length);
  });

  it("does not match events whose actors differ or whose deaths differ threefold", async () => {
    const [e] = await store.events(EventFilter.parse({ actorIds: ["is"], start: "2017-03-01", end: "2017-03-02" }), { limit: 1, offset: 0 });
    const other = { ...echo(e!, 1, 0, "x"), side_a_actor_ids: ["hezbollah"], side_b_actor_ids: ["gov-jordan"] };
    expect(matchEvents([e!], [other])).toEqual([]);
    const deadlier = { ...echo(e!, 1, 0, "y"), deaths_best: (e!.deaths_best ?? 0) * 3 + 5 };
    expect(matchEvents([e!], [deadlier])).toEqual([]);
  });

  it("measures distance on the sphere", () => {
    // Damascus to Aleppo, about 310 km.
    expect(haversineKm(33.513, 36.292, 36.202, 37.134)).toBeGreaterThan(300);
    expect(haversineKm(33.513, 36.292, 36.202, 37.134)).toBeLessThan(320);
  });
});

describe("reconcile", () => {
  it("sets UCDP's count beside the ledger and explains that UCDP has no data for 2024-H1", async () => {
    const r = await reconcile(store, bundledRegistry(), { actorId: "is", countries: ["SYR", "IRQ"], period: parsePeriod("2024-H1") });
    const ucdp = r.datasets.find((d) => d.dataset === "ucdp-ged");
    expect(ucdp).toMatchObject({ events: 0, coverage: { coveredDays: 0 } });
    const claimed = r.reported.find((x) => x.figure.measure === "claimed_attacks");
    expect(claimed).toMatchObject({ period: "same", places: "same", figure: { value: 153 } });
    const text = r.explanation.join("\n");
    expect(text).toMatch(/stated 153 attacks the group itself claimed/);
    expect(text).toMatch(/UCDP GED has no data for 2024-H1/);
    expect(text).toMatch(/leaves out attacks that killed no one/);
    expect(text).toMatch(/196 is a count of operations against Islamic State, not of attacks by it/);
  });

  it("counts what an independent reader counts for a covered year", async () => {
    const r = await reconcile(store, bundledRegistry(), { actorId: "is", countries: ["SYR"], period: parsePeriod("2017") });
    const expected = countByYear(readCsvObjects(SYRIA), (x) => sideHas(x, "IS")).get("2017");
    expect(r.datasets.find((d) => d.dataset === "ucdp-ged")?.events).toBe(expected);
    expect(r.explanation.join("\n")).toMatch(/No reported figure in the ledger covers Islamic State in Syria for 2017/);
  });

  it("counts as compare counts: under the chosen rule, over the countries with data, with the days it counted", async () => {
    // The store holds Syria only: Iraq has no data, so it is left out of the count and named, not counted as days without events.
    const rule = CountingRule.parse({ dataset: "ucdp-ged", violenceTypes: ["one_sided"] });
    const period = parsePeriod("2017");
    const r = await reconcile(store, bundledRegistry(), { actorId: "is", countries: ["SYR", "IRQ"], period, rule });
    const c = await compareInStore(store, { actorIds: ["is"], countries: ["SYR", "IRQ"], a: period, b: parsePeriod("2018"), rule });
    const total = c.rows.at(-1)!;
    const ucdp = r.datasets.find((d) => d.dataset === "ucdp-ged")!;
    expect(ucdp).toMatchObject({ rule, events: total.a.events, deaths: total.a.deaths, coverage: { coveredDays: 365 }, places: ["SYR"] });
    expect(ucdp.events).toBeGreaterThan(0);
    expect(ucdp.notes.join("\n")).toMatch(/IRQ/);
  });
});
