import { describe, expect, it } from "vitest";
import { CountingRule } from "../counting/index.ts";
import { explain } from "./explain.ts";
import type { DatasetLine } from "./types.ts";

const period = { spec: "2018-01-01", start: "2018-01-01", end: "2018-01-01", label: "2018-01-01", days: 1 };
const line = (dataset: string, events: number, deaths: number): DatasetLine => ({
  dataset, rule: CountingRule.parse({ dataset }), definition: "", events, deaths, coverage: { days: 1, coveredDays: 1, first: "2018-01-01", last: "2018-01-01" }, places: ["SYR"], notes: [],
});

describe("explain: a dataset's count", () => {
  it("states the deaths where the dataset records them, and says none where it records no deaths (GDELT), in both languages", () => {
    const r = { actor: { id: "is", name: "IS" }, countries: ["SYR"], period, datasets: [line("ucdp-ged", 10, 110), line("gdelt", 4, 0)], reported: [], matches: [] };
    const [ged, gdelt] = explain(r, "en");
    expect(ged).toMatch(/^UCDP GED counts 10 events involving IS in Syria in 2018-01-01 \(110 deaths\)\. /);
    expect(gdelt).toMatch(/^GDELT counts 4 events involving IS in Syria in 2018-01-01\. /);
    const [gedNl, gdeltNl] = explain(r, "nl");
    expect(gedNl).toMatch(/ \(110 doden\)\. /);
    expect(gdeltNl).not.toMatch(/doden\)/);
  });
});
