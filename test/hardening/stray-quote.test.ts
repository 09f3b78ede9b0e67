/**
 * Issue 13, item 10: one stray quote in the real Syria GED file (line 101 of 16,608, which has 42 legitimate
 * multi-line fields) is reported on line 101, not at the file's last quote.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, NOT_A_BUG } from "./cli-run.ts";
import { plain } from "./real-data.ts";

const SYRIA = plain("ged191-syria-2016-2019.csv");

describe("an unbalanced quote", () => {
  it("is reported on its real line", async () => {
    const lines = readFileSync(SYRIA, "utf8").split("\n");
    expect(lines[100]).toContain(',"SOHR",');
    lines[100] = (lines[100] ?? "").replace(',"SOHR",', ',"SOHR,');
    const dir = mkdtempSync(join(tmpdir(), "resurgence-quote-"));
    const file = join(dir, "syria-stray-quote.csv");
    writeFileSync(file, lines.join("\n"));
    const r = await cli(["--db", join(dir, "store.duckdb"), "ingest", file]);
    expect(r.code).toBe(3);
    expect(r.err).toEqual([`error: ${file}:101: a quoted field opened on line 101 never closes: the file is cut short, or a quote is unbalanced (export the file again, or close the quote on line 101)`]);
    expect(r.err[0]).not.toMatch(NOT_A_BUG);
  });
});
