/**
 * Issue 13, item 21: `ingest a b c d` stops at the first refused file (each file is all or nothing); the one
 * error line says which files were not attempted, and that the ones before it are in the store.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/paths.ts";
import { cli, NOT_A_BUG } from "./cli-run.ts";
import { plain } from "./real-data.ts";

const SAMPLE = plain("ged231-sample-1000.csv");
const EMPTY = join(FIXTURES, "bad", "ged-csv", "empty.csv");
const IRAQ = plain("ged191-iraq-hdx-1989-2018.csv");
const MIRROR = plain("ged261-candidate-mirror.json");

describe("a multi-file ingest with a refused file in the middle", () => {
  it("loads the files before it, and names the files it did not attempt", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "resurgence-multi-")), "store.duckdb");
    const r = await cli(["--db", db, "ingest", SAMPLE, EMPTY, IRAQ, MIRROR]);
    expect(r.code).toBe(3);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toMatch(/ged231-sample-1000\.csv: read 1,000, loaded 1,000/);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/empty\.csv: the file is empty/);
    expect(r.err[0]).toContain(`the 1 before it is in the store; not attempted: ${IRAQ}, ${MIRROR})`);
    expect(r.err[0]).not.toMatch(NOT_A_BUG);
  });

  it("says all of it in Dutch with --lang nl: the refusal, its fix, and the files before and after it", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "resurgence-multi-")), "store.duckdb");
    const r = await cli(["--db", db, "ingest", SAMPLE, EMPTY, IRAQ, "--lang", "nl"]);
    expect(r.code).toBe(3);
    expect(r.out[0]).toMatch(/ged231-sample-1000\.csv: 1\.000 gelezen, 1\.000 geladen/);
    expect(r.err).toEqual([`fout: ${EMPTY}: het bestand is leeg (exporteer de gegevens opnieuw; alleen een kopregel is ook niet genoeg; het bestand ervoor staat in de opslag; niet geprobeerd: ${IRAQ})`]);
  });

  it("says nothing of other files when the refused one is the last", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "resurgence-multi-")), "store.duckdb");
    const r = await cli(["--db", db, "ingest", SAMPLE, EMPTY]);
    expect(r.code).toBe(3);
    expect(r.err[0]).not.toMatch(/not attempted/);
  });
});
