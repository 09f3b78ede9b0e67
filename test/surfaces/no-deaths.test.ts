/**
 * A dataset that records no deaths (GDELT codes news reports, not tolls) shows "–" for them on the command line,
 * never a 0 that reads as "no one died"; a dataset that records them (UCDP GED) shows its figure.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../hardening/cli-run.ts";
import { ROOT } from "../helpers/paths.ts";

const dir = mkdtempSync(join(tmpdir(), "resurgence-no-deaths-"));
const db = join(dir, "store.duckdb");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  expect((await cli(["--db", db, "ingest", join(ROOT, "data", "demo", "gdelt", "20180101000000.export.CSV.gz")])).code).toBe(0);
});

describe("deaths of a dataset that records none", () => {
  it("are '–' in compare and series, with events still counted", async () => {
    const cmp = await cli(["--db", db, "compare", "--actor", "IS", "--dataset", "gdelt", "--period", "2018-01-01", "--vs", "2017-12-31"]);
    expect(cmp.code).toBe(0);
    const total = cmp.out.join("\n").split("\n").find((l) => /^ALL\s/.test(l)) ?? "";
    // ALL, its events, then its deaths: "–", not 0.
    expect(total.split(/\s{2,}/).slice(0, 3)).toEqual(["ALL", expect.stringMatching(/^\d+$/), "–"]);
    const series = await cli(["--db", db, "series", "--actor", "IS", "--dataset", "gdelt", "--period", "2018-01-01", "--by", "month"]);
    expect(series.code).toBe(0);
    expect(series.out.join("\n")).toMatch(/2018-01\*?\s+\d+\s+–/);
  });
});
