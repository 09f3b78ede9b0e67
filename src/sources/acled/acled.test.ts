import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { readCsvObjects } from "../../../test/helpers/plain-csv.ts";
import { FIXTURES } from "../../../test/helpers/paths.ts";
import { filter, tempStore } from "../../../test/helpers/store.ts";
import type { DuckDBStore } from "../../store/index.ts";
import { allLayouts, detectLayout } from "../index.ts";
import { ingestFile, type IngestSummary } from "../../ingest/index.ts";

const EXPORT = join(FIXTURES, "acled", "export.csv");

/** The README's rule, restated: a row is bad when its notes say so; violence types from the event type. */
function expectedType(r: Record<string, string>): string {
  const state = (v: string | undefined) => v === "1" || v === "State forces";
  switch (r.event_type) {
    case "Battles":
      return state(r.inter1) || state(r.inter2) ? "state_based" : "non_state";
    case "Violence against civilians":
      return "one_sided";
    case "Explosions/Remote violence":
      return "attack";
    case "Protests":
    case "Riots":
      return "riot_protest";
    default:
      return "other";
  }
}

describe("ACLED exports", () => {
  const rows = readCsvObjects(EXPORT);
  const good = rows.filter((r) => !r.notes?.startsWith("BAD:"));
  const firsts = good.filter((r, i) => good.findIndex((g) => g.event_id_cnty === r.event_id_cnty) === i);
  let store: DuckDBStore;
  let summary: IngestSummary;
  beforeAll(async () => {
    store = (await tempStore(() => new Date("2026-01-01T00:00:00Z"))).store;
    summary = await ingestFile(store, { file: EXPORT });
  });
  afterAll(() => store.close());

  it("recognises an export by its header", async () => {
    expect((await detectLayout(EXPORT, allLayouts())).layout.name).toBe("acled-export");
  });

  it("accounts for every row as a plain reader counts them", () => {
    expect([rows.length, firsts.length]).toEqual([17, 9]);
    expect(summary).toMatchObject({ dataset: "acled", read: rows.length, loaded: firsts.length, duplicates: good.length - firsts.length, quarantined: rows.length - good.length });
    expect(summary.read).toBe(summary.loaded + summary.duplicates + summary.quarantined);
  });

  it("maps event types to the shared violence vocabulary", async () => {
    const events = await store.events(filter({}), { limit: 50, offset: 0 });
    const got = Object.fromEntries(events.map((e) => [e.source_event_id, e.violence_type]));
    expect(got).toEqual(Object.fromEntries(firsts.map((r) => [r.event_id_cnty, expectedType(r)])));
  });

  it("reads both date forms, keeps ACLED's date at its precision, and takes ISO3 from the numeric code", async () => {
    const events = new Map((await store.events(filter({}), { limit: 50, offset: 0 })).map((e) => [e.source_event_id, e]));
    expect(events.get("SYR900002")).toMatchObject({ date_start: "2024-01-16", date_end: "2024-01-16", date_precision: "week", country_iso3: "SYR", place_precision: "near", source_count: 2 });
    expect(events.get("IRQ900005")).toMatchObject({ date_start: "2024-02-01", date_precision: "month", country_iso3: "IRQ" });
    expect(events.get("IRQ900006")).toMatchObject({ place_precision: "admin1" });
    expect(events.get("XKX900009")).toMatchObject({ date_start: "2024-03-09", country_iso3: "XKX" });
    expect(events.get("SYR900001")).toMatchObject({ deaths_best: 3, source_violence_type: "acled:Explosions/Remote violence/Remote explosive/landmine/IED", place_precision: "exact" });
  });

  it("names actor1 the perpetrator only where ACLED's second actor is the one hit", async () => {
    const events = new Map((await store.events(filter({}), { limit: 50, offset: 0 })).map((e) => [e.source_event_id, e]));
    expect(events.get("IRQ900004")?.perpetrator_actor_ids).toEqual(events.get("IRQ900004")?.side_a_actor_ids);
    expect(events.get("SYR900001")?.perpetrator_actor_ids.length).toBeGreaterThan(0);
    expect(events.get("SYR900003")?.perpetrator_actor_ids).toEqual([]);
  });

  it("quarantines bad rows with their physical line and reason", async () => {
    const rejects = await store.rejects(summary.batchId);
    expect(rejects.map((r) => r.line)).toEqual([13, 14, 15, 16, 17, 18, 19]);
    expect(rejects.map((r) => r.reason)).toEqual([
      expect.stringMatching(/event_date "2024-02-30" is not a calendar date/),
      expect.stringMatching(/event_date "0025-03-01" has an impossible year/),
      expect.stringMatching(/event_type "Remote violence" is not one of/),
      expect.stringMatching(/latitude "95.1" is not a latitude/),
      expect.stringMatching(/fatalities "three" is not a whole number/),
      expect.stringMatching(/time_precision "4" is not one of 1, 2, 3/),
      expect.stringMatching(/event_date "15\/02\/2024" is not a calendar date/),
    ]);
  });
});
