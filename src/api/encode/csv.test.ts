import { describe, expect, it } from "vitest";
import { eventsCsv } from "./csv.ts";
import type { EventView } from "./event-view.ts";

const event = (patch: Partial<EventView>): EventView => ({
  id: "ucdp-ged:1", dataset: "ucdp-ged", dataset_version: "19.1", source_event_id: "1", date_start: "2017-03-01", date_end: "2017-03-01",
  date_precision: "day", country_iso3: "SYR", country_name: "Syria", admin1: null, admin2: null, place_name: "Raqqa", latitude: 35.9, longitude: 39,
  place_precision: "exact", side_a: "IS", side_b: "SDF", side_a_actor_ids: ["is"], side_b_actor_ids: ["sdf"], perpetrator_actor_ids: [], target_actor_ids: [],
  violence_type: "non_state", source_violence_type: null, deaths_best: 3, deaths_low: 2, deaths_high: 4, source_count: 1, source_text: null, batch_id: "b", ...patch,
});

describe("eventsCsv", () => {
  it("quotes commas, quotes and newlines, and joins lists with semicolons", () => {
    const [, line] = eventsCsv([event({ source_text: 'SOHR, "16 killed"\nlater', side_b_actor_ids: ["sdf", "ypg"] })]).split("\r\n");
    expect(line).toContain('"SOHR, ""16 killed""\nlater"');
    expect(line).toContain(",sdf;ypg,");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    const [, line] = eventsCsv([event({ place_name: "=HYPERLINK(\"http://x\")", side_a: "@SUM(A1)", source_text: "-2+3" })]).split("\r\n");
    expect(line).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(line).toContain(",'@SUM(A1),");
    expect(line).toContain(",'-2+3,");
    expect(line).toContain(",35.9,39,");
  });
});
