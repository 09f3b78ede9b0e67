import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { readCsvObjects } from "../../../test/helpers/plain-csv.ts";
import { FIXTURES } from "../../../test/helpers/paths.ts";
import { filter, tempStore } from "../../../test/helpers/store.ts";
import type { DuckDBStore } from "../../store/index.ts";
import type { CanonicalEvent } from "../../event.ts";
import { allLayouts, detectLayout } from "../index.ts";
import { ingestFile, type IngestSummary } from "../../ingest/index.ts";

const FILE = join(FIXTURES, "gtd", "globalterrorismdb.csv");

describe("GTD files", () => {
  const rows = readCsvObjects(FILE);
  const good = rows.filter((r) => !r.summary?.startsWith("BAD:"));
  const ids = new Set(good.map((r) => r.eventid));
  let store: DuckDBStore;
  let summary: IngestSummary;
  let events: Map<string, CanonicalEvent>;
  beforeAll(async () => {
    store = (await tempStore(() => new Date("2026-01-01T00:00:00Z"))).store;
    summary = await ingestFile(store, { file: FILE });
    events = new Map((await store.events(filter({}), { limit: 50, offset: 0 })).map((e) => [e.source_event_id, e]));
  });
  afterAll(() => store.close());

  it("recognises the 135-column file by its header", async () => {
    expect(Object.keys(rows[0] ?? {})).toHaveLength(135);
    expect((await detectLayout(FILE, allLayouts())).layout.name).toBe("gtd-135");
  });

  it("accounts for every row as a plain reader counts them, all as attacks", async () => {
    expect([rows.length, ids.size]).toEqual([15, 7]);
    expect(summary).toMatchObject({ dataset: "gtd", read: rows.length, loaded: ids.size, duplicates: good.length - ids.size, quarantined: rows.length - good.length });
    const attacks = await store.count({ filter: filter({ violenceTypes: ["attack"], datasets: ["gtd"] }) });
    expect(attacks[0]?.events).toBe(ids.size);
  });

  it("turns an unknown day into the month and an unknown month into the year", () => {
    expect(events.get("201501150001")).toMatchObject({ date_start: "2015-01-15", date_end: "2015-01-15", date_precision: "day" });
    expect(events.get("201503000001")).toMatchObject({ date_start: "2015-03-01", date_end: "2015-03-31", date_precision: "month", deaths_best: 2 });
    expect(events.get("201500000001")).toMatchObject({ date_start: "2015-01-01", date_end: "2015-12-31", date_precision: "year", place_precision: "admin1", place_name: null });
  });

  it("makes gname the perpetrator, leaves Unknown groups without one, and places old country names", () => {
    const mosul = events.get("201501150001");
    expect(mosul).toMatchObject({ side_a: "Islamic State of Iraq and the Levant (ISIL)", side_b: "Military", country_iso3: "IRQ", source_count: 2, source_violence_type: "gtd:Bombing/Explosion" });
    expect(mosul?.perpetrator_actor_ids).toEqual(mosul?.side_a_actor_ids);
    expect(events.get("201507040001")).toMatchObject({ side_a: null, perpetrator_actor_ids: [] });
    expect(events.get("198001010001")).toMatchObject({ country_iso3: "DEU", deaths_best: null, source_count: null });
    expect(events.get("201509010001")).toMatchObject({ country_iso3: "PSE", place_precision: "country", latitude: null, admin1: null });
  });

  it("quarantines bad rows with their physical line and reason", async () => {
    const rejects = await store.rejects(summary.batchId);
    expect(rejects.map((r) => r.line)).toEqual([11, 12, 13, 14, 15, 16, 17]);
    expect(rejects.map((r) => r.reason)).toEqual([
      expect.stringMatching(/iyear\/imonth\/iday "2015"\/"2"\/"30" is not a calendar date/),
      expect.stringMatching(/eventid "2015010100x1" is not a 12-digit GTD id/),
      expect.stringMatching(/imonth "13" is not a month/),
      expect.stringMatching(/iyear "1969" is not a year in 1970\.\./),
      expect.stringMatching(/nkill "-1" is not a whole number >= 0/),
      expect.stringMatching(/latitude "36,34" is not a latitude/),
      expect.stringMatching(/gname is empty/),
    ]);
  });
});
