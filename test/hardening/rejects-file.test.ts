/**
 * Issue 13, item 2: the rejects file is written before the batch commits. A long (legal) input name still gives a
 * legal rejects file name; a rejects folder that cannot be written refuses the batch (exit 5) and leaves the store
 * as it was, instead of a committed batch followed by "this is a bug".
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/paths.ts";
import { cli, NOT_A_BUG, ONE_LINE } from "./cli-run.ts";

const WRONG_TYPES = join(FIXTURES, "bad", "ged-csv", "wrong-types.csv");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "resurgence-rejects-"));
});

describe("the rejects file", () => {
  it("gets a legal name for a 230-character input name", async () => {
    const long = join(dir, "long", `${"g".repeat(226)}.csv`);
    mkdirSync(join(dir, "long"));
    copyFileSync(WRONG_TYPES, long);
    const r = await cli(["--db", join(dir, "long", "store.duckdb"), "ingest", long]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/read 4, loaded 1, duplicates skipped 0, quarantined 3/);
    const file = readdirSync(join(dir, "long", "rejects"))[0] ?? "";
    expect(Buffer.byteLength(file)).toBeLessThanOrEqual(255);
    expect(file).toMatch(/^g+\.ucdp-ged-.*\.rejects\.csv$/);
    expect(r.out[0]).toContain(basename(file));
  });

  it("that cannot be written refuses the batch with exit 5 and leaves the store as it was", async () => {
    const store = join(dir, "blocked", "store.duckdb");
    mkdirSync(join(dir, "blocked"));
    // A file where the rejects folder must go: nothing can be written into it, as root or not.
    writeFileSync(join(dir, "blocked", "rejects"), "not a folder\n");
    const r = await cli(["--db", store, "ingest", WRONG_TYPES]);
    expect(r.code).toBe(5);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(ONE_LINE);
    expect(r.err[0]).toMatch(/cannot write the rejects file .*nothing was stored/);
    expect(r.err[0]).not.toMatch(NOT_A_BUG);
    expect(existsSync(store)).toBe(true);
    const s = await cli(["--db", store, "status", "--json"]);
    expect(s.code).toBe(0);
    expect(s.out.join("\n")).not.toMatch(/wrong-types/);
  });
});
