/**
 * Issue 13, items 1, 8, 9 and 20: a --db (or RESURGENCE_DB) that is not a store is refused with one line, never
 * opened as an in-memory database that loses the ingest; a read never creates a store; a read-only store reads.
 */
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYRIA } from "../helpers/paths.ts";
import { asUnprivileged } from "./unprivileged.ts";
import { cli, NOT_A_BUG, ONE_LINE } from "./cli-run.ts";
import { plain } from "./real-data.ts";

const SAMPLE = plain("ged231-sample-1000.csv");
const MIRROR = plain("ged261-candidate-mirror.json");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "resurgence-store-path-"));
});

describe("a --db that holds another kind of file", () => {
  it.each([
    ["a CSV", SAMPLE, /text file \(CSV\?\)/],
    ["a JSON file", MIRROR, /JSON file/],
    ["a .csv.gz", SYRIA, /gzip file/],
  ])("refuses %s with exit 2 and one line, and saves nothing into it", async (_kind, file, what) => {
    const copy = join(dir, file.split("/").at(-1) ?? "x");
    copyFileSync(file, copy);
    const r = await cli(["--db", copy, "ingest", SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(ONE_LINE);
    expect(r.err[0]).toMatch(what);
    expect(r.err[0]).toMatch(/not a DuckDB store/);
    expect(r.err[0]).not.toMatch(NOT_A_BUG);
  });

  it("refuses RESURGENCE_DB at a CSV the same way", async () => {
    const copy = join(dir, "env-sample.csv");
    copyFileSync(SAMPLE, copy);
    for (const args of [["ingest", SAMPLE], ["status"]]) {
      const r = await cli(args, { RESURGENCE_DB: copy });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err[0]).toMatch(/RESURGENCE_DB/);
    }
  });
});

describe("a read at a path where no store exists", () => {
  it("exits 5 naming the path and creates nothing", async () => {
    const typo = join(dir, "typo", "resurgence.dukdb");
    for (const args of [["status"], ["rejects"], ["compare", "--actor", "IS", "--country", "SYR", "--period", "2017", "--vs", "2018"]]) {
      const r = await cli(["--db", typo, ...args]);
      expect(r.code, args.join(" ")).toBe(5);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(/there is no store at .*resurgence\.dukdb/);
      expect(r.err[0]).not.toMatch(NOT_A_BUG);
    }
    expect(existsSync(join(dir, "typo"))).toBe(false);
  });

  it("says so in Dutch to a reader who asked for Dutch", async () => {
    const typo = join(dir, "typo", "resurgence.dukdb");
    const r = await cli(["--db", typo, "status", "--lang", "nl"]);
    expect(r.code).toBe(5);
    expect(r.err).toEqual([expect.stringMatching(/^fout: er is geen opslag op .*resurgence\.dukdb \(controleer --db/)]);
    expect(existsSync(join(dir, "typo"))).toBe(false);
  });

  it("still lets ingest make a new store there", async () => {
    const fresh = join(dir, "fresh", "store.duckdb");
    const r = await cli(["--db", fresh, "ingest", SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/loaded 1,?000/);
    const s = await cli(["--db", fresh, "status"]);
    expect(s.code).toBe(0);
  });
});

describe("an empty --db or RESURGENCE_DB (item 8)", () => {
  it("is a usage error, or the default store, never the message '['", async () => {
    const r = await cli(["--db", "", "status"]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/invalid configuration: db/);
  });
});

describe("a read-only store (item 9)", () => {
  const ro = () => join(dir, "ro");
  beforeAll(async () => {
    const r = await cli(["--db", join(ro(), "store.duckdb"), "ingest", SAMPLE]);
    expect(r.code).toBe(0);
  });
  afterAll(() => {
    chmodSync(ro(), 0o755);
  });

  it("opens read-only when this user may not write it, and never suggests deleting it", () => {
    chmodSync(dir, 0o755);
    chmodSync(join(ro(), "store.duckdb"), 0o444);
    chmodSync(ro(), 0o555);
    const before = readdirSync(ro()).sort();
    const r = asUnprivileged(["--db", join(ro(), "store.duckdb"), "status"]);
    expect(r.stderr).not.toMatch(/delete/);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1,?000/);
    expect(readdirSync(ro()).sort()).toEqual(before);
  });
});
