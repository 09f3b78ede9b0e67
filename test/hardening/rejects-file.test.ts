/**
 * Issue 13, item 2: the rejects file is written before the batch commits. A long (legal) input name still gives a
 * legal rejects file name; a rejects folder that cannot be written refuses the batch (exit 5) and leaves the store
 * as it was, instead of a committed batch followed by "this is a bug".
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { messages, reasonWords } from "../../src/messages/index.ts";
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

describe("quarantine reasons in the reader's language", () => {
  it("are written in Dutch in the rejects file and the rejects table with --lang nl, and kept in English in the store", async () => {
    const store = join(dir, "dutch", "store.duckdb");
    mkdirSync(join(dir, "dutch"));
    const r = await cli(["--db", store, "ingest", WRONG_TYPES, "--lang", "nl"]);
    expect(r.code).toBe(0);
    const file = readdirSync(join(dir, "dutch", "rejects"))[0] ?? "";
    const written = readFileSync(join(dir, "dutch", "rejects", file), "utf8");
    const table = await cli(["--db", store, "rejects", "--lang", "nl"]);
    const english = await cli(["--db", store, "rejects", "--json"]);
    const stored = (JSON.parse(english.out.join("\n")) as Array<{ reason: string }>).map((x) => x.reason);
    expect(stored).toHaveLength(3);
    for (const reason of stored) {
      // Each stored reason is an English sentence of the catalogue; in Dutch it is another sentence, with the same values.
      const dutch = reasonWords(messages("nl"), reason);
      expect(dutch).not.toBe(reason);
      for (const value of reason.match(/"[^"]*"/g) ?? []) expect(dutch).toContain(value);
      expect(table.out.join("\n")).toContain(dutch);
      expect(written).toContain(dutch.replace(/"/g, '""'));
    }
  });
});
