import { describe, expect, it } from "vitest";
import type { DatasetCoverage } from "../../store/index.ts";
import { parsePeriod } from "../../periods/index.ts";
import { coveredDays } from "./coverage.ts";
import { coveredSpans, intersectionOf, unionOf } from "./covered-spans.ts";

const span = (first: string, last: string, declared = false, batch_id = "b") => ({ batch_id, first, last, declared });
const row = (country_iso3: string, spans: ReturnType<typeof span>[]): DatasetCoverage => ({
  dataset: "ucdp-ged", dataset_version: "19.1", country_iso3, events: 1,
  first_date: spans[0]!.first, last_date: spans.at(-1)!.last, spans,
});
// Iraq as two files with a gap (2011..2013 not ingested); Syria one file.
const coverage = [row("IRQ", [span("2010-01-07", "2010-12-29"), span("2014-01-01", "2014-12-31")]), row("SYR", [span("2016-01-01", "2019-11-30", true)])];

describe("unionOf", () => {
  it("merges overlapping and touching spans and keeps gaps", () => {
    expect(unionOf([{ first: "2014-01-01", last: "2014-06-30" }, { first: "2010-01-01", last: "2010-12-31" }, { first: "2014-07-01", last: "2014-12-31" }, { first: "2014-03-01", last: "2014-04-01" }]))
      .toEqual([{ first: "2010-01-01", last: "2010-12-31" }, { first: "2014-01-01", last: "2014-12-31" }]);
    expect(unionOf([{ first: "2010-01-01", last: "2010-01-01" }, { first: "2010-01-03", last: "2010-01-03" }])).toHaveLength(2);
  });
});

describe("intersectionOf", () => {
  it("keeps the days both cover", () => {
    expect(intersectionOf([{ first: "2010-01-01", last: "2010-12-31" }, { first: "2014-01-01", last: "2014-12-31" }], [{ first: "2010-06-01", last: "2014-03-31" }]))
      .toEqual([{ first: "2010-06-01", last: "2010-12-31" }, { first: "2014-01-01", last: "2014-03-31" }]);
  });
});

describe("coveredSpans", () => {
  it("gives a country's union of spans, the days every chosen country covers, and names countries without data", () => {
    expect(coveredSpans(coverage, "ucdp-ged", ["IRQ"])).toEqual({ spans: [{ first: "2010-01-07", last: "2010-12-29" }, { first: "2014-01-01", last: "2014-12-31" }] });
    expect(coveredSpans(coverage, "ucdp-ged", ["IRQ", "SYR"])).toEqual({ spans: [] });
    expect(coveredSpans(coverage, "ucdp-ged", [], true)).toEqual({
      spans: [{ first: "2010-01-07", last: "2010-12-29" }, { first: "2014-01-01", last: "2014-12-31" }, { first: "2016-01-01", last: "2019-11-30" }],
    });
    expect(coveredSpans(coverage, "ucdp-ged", ["AFG"])).toEqual({ missing: ["AFG"] });
  });
});

describe("coveredDays", () => {
  it("is 0 with 'no data' for a period inside a gap, and counts only covered days across a gap's edge", () => {
    const gap = coveredDays(parsePeriod("2012"), coverage, "ucdp-ged", ["IRQ"]);
    expect(gap.coveredDays).toBe(0);
    expect(gap.note).toBe("no data for 2012: ucdp-ged in the store runs 2010-01-07..2010-12-29 and 2014-01-01..2014-12-31");
    expect(coveredDays(parsePeriod("2013-07..2014-06"), coverage, "ucdp-ged", ["IRQ"]).coveredDays).toBe(181);
    expect(coveredDays(parsePeriod("2010-07..2014-06"), coverage, "ucdp-ged", ["IRQ"]).coveredDays).toBe(182 + 181); // 2010-07-01..2010-12-29, 2014-01-01..2014-06-30
  });
  it("says in Dutch which spans the store covers", () => {
    expect(coveredDays(parsePeriod("2012"), coverage, "ucdp-ged", ["IRQ"], "nl").note).toBe("geen gegevens voor 2012: ucdp-ged dekt in de opslag 2010-01-07..2010-12-29 en 2014-01-01..2014-12-31");
  });
});
