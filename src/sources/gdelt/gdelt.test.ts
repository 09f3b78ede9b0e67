import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import countries from "i18n-iso-countries";
import { readCsvObjects, readText } from "../../../test/helpers/plain-csv.ts";
import { DEMO, FIXTURES } from "../../../test/helpers/paths.ts";
import { filter, tempStore } from "../../../test/helpers/store.ts";
import type { DuckDBStore } from "../../store/index.ts";
import { allLayouts, detectLayout } from "../index.ts";
import { fipsToIso3 } from "./index.ts";
import { ingestFile, type IngestSummary } from "../../ingest/index.ts";

const EXPORT = join(DEMO, "gdelt", "20180101000000.export.CSV.gz");
const LABELS = join(DEMO, "gdelt", "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
const BAD = join(FIXTURES, "gdelt", "bad-rows.export.CSV");

/** The export read with a plain tab split, each record keyed by GDELT's own column list. */
function plainRecords(): Array<Record<string, string>> {
  const names = readCsvObjects(LABELS).map((r) => r.tableId ?? "");
  return readText(EXPORT)
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => Object.fromEntries(l.split("\t").map((v, i) => [names[i] ?? `extra${i}`, v])));
}

/** The collapse rule written out again: same actors, day, place and event code. */
function eventKey(r: Record<string, string>): string {
  const place = r.ActionGeo_FeatureID || `${r.ActionGeo_Lat},${r.ActionGeo_Long}`;
  return [r.SQLDATE, r.EventCode, r.Actor1Code, r.Actor1Name, r.Actor2Code, r.Actor2Name, r.ActionGeo_Type, r.ActionGeo_CountryCode, place].join("|");
}

const isAttack = (r: Record<string, string>) => ["18", "19", "20"].includes(r.EventRootCode ?? "");

describe("GDELT 2.0 event exports", () => {
  const records = plainRecords();
  const keys = new Set(records.map(eventKey));
  const attackKeys = new Set(records.filter(isAttack).map(eventKey));
  // One store (each ingest costs about a second): the real export, then the fixture, whose good records come from it.
  let store: DuckDBStore;
  let first: IngestSummary;
  let bad: IngestSummary;
  beforeAll(async () => {
    store = (await tempStore(() => new Date("2026-01-01T00:00:00Z"))).store;
    first = await ingestFile(store, { file: EXPORT });
    bad = await ingestFile(store, { file: BAD });
  });
  afterAll(() => store.close());

  it("recognises the gzipped 15-minute export by its 61 tab-separated fields", async () => {
    const { layout } = await detectLayout(EXPORT, allLayouts());
    expect(layout.name).toBe("gdelt-events-61");
  });

  it("loads one event per collapse key and skips the re-reports, as a plain tab split counts them", async () => {
    // Figures counted outside this project from the published file.
    expect([records.length, keys.size, records.filter(isAttack).length, attackKeys.size]).toEqual([2362, 2138, 336, 310]);
    expect(first).toMatchObject({ dataset: "gdelt", read: 2362, loaded: keys.size, duplicates: 2362 - keys.size, quarantined: 0 });
    const attacks = await store.count({ filter: filter({ violenceTypes: ["attack"], datasets: ["gdelt"] }) });
    expect(attacks[0]?.events).toBe(attackKeys.size);
  });

  it("places events in ISO3 countries through the FIPS table (IS is Israel, not Iceland)", async () => {
    const israel = new Set(records.filter((r) => r.ActionGeo_CountryCode === "IS").map(eventKey)).size;
    const got = await store.count({ filter: filter({ countries: ["ISR"] }) });
    expect(israel).toBeGreaterThan(0);
    expect(got[0]?.events).toBe(israel);
  });

  it("maps actors, place, date and CAMEO code, keeping the GLOBALEVENTID in raw", async () => {
    const events = await store.events(filter({ countries: ["AUS"], violenceTypes: ["attack"] }), { limit: 50, offset: 0 });
    const byron = events.find((e) => e.raw.GLOBALEVENTID === "719025187");
    expect(byron).toMatchObject({
      side_a: "AUSTRALIA", side_b: "UNITED STATES", place_name: "Byron Bay, New South Wales, Australia", place_precision: "near", admin1: "New South Wales",
      date_start: "2018-01-01", date_precision: "day", source_violence_type: "cameo:192", source_count: 2,
    });
    expect(byron?.perpetrator_actor_ids).toEqual(byron?.side_a_actor_ids);
  });

  it("quarantines bad records with their line and reason; a re-report in another file is a duplicate", async () => {
    // Lines 1, 3 and 10 are records of the real export, line 2 a re-report of line 1 under a new GLOBALEVENTID.
    expect(bad).toMatchObject({ read: 10, loaded: 0, duplicates: 4, quarantined: 6 });
    expect(bad.read).toBe(bad.loaded + bad.duplicates + bad.quarantined);
    const rejects = await store.rejects(bad.batchId);
    expect(rejects.map((r) => r.line)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(rejects.map((r) => r.reason)).toEqual([
      expect.stringMatching(/SQLDATE "20180231" is not a calendar date/),
      expect.stringMatching(/EventRootCode "21" is not a CAMEO root code/),
      expect.stringMatching(/ActionGeo_Lat "134.5" is not a latitude/),
      expect.stringMatching(/missing columns/),
      expect.stringMatching(/GLOBALEVENTID "GLOBALEVENTID" is not a whole number/),
      expect.stringMatching(/NumSources "-1" is not a whole number >= 0/),
    ]);
  });
});

describe("fipsToIso3", () => {
  it("maps every country code of the real export, to valid ISO codes", () => {
    for (const code of new Set(plainRecords().map((r) => r.ActionGeo_CountryCode ?? ""))) {
      if (code === "OS") expect(fipsToIso3(code)).toBeNull();
      else expect(fipsToIso3(code), code).toMatch(/^[A-Z]{3}$/);
    }
    expect([fipsToIso3("IZ"), fipsToIso3("SY"), fipsToIso3("GM"), fipsToIso3("KV"), fipsToIso3("ZZ")]).toEqual(["IRQ", "SYR", "DEU", "XKX", undefined]);
  });

  it("uses only codes ISO 3166-1 knows (and XKX for Kosovo)", () => {
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const a of letters) for (const b of letters) {
      const iso3 = fipsToIso3(a + b);
      if (iso3 && iso3 !== "XKX") expect(countries.isValid(iso3), `${a}${b} → ${iso3}`).toBe(true);
    }
  });
});
