import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { keptToAbsolute, recordLines } from "./lines.ts";

const csv = 'id,a\n1,"two\nlines"\n2,x\n3,"a ""quoted"" one"\n4,"three\nline\nfield"\n5,y\n';

describe("recordLines", () => {
  it("finds the physical line of records after quoted newlines", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lines-"));
    const file = join(dir, "f.csv");
    writeFileSync(file, csv);
    const got = await recordLines(file, false, [0, 1, 2, 3, 4], 1);
    expect([...got.entries()]).toEqual([[0, 2], [1, 4], [2, 5], [3, 6], [4, 9]]);
  });
  it("reads gzipped files the same way", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lines-"));
    const file = join(dir, "f.csv.gz");
    writeFileSync(file, gzipSync(csv));
    expect((await recordLines(file, true, [4], 1)).get(4)).toBe(9);
  });
});

describe("keptToAbsolute", () => {
  it("skips the records DuckDB rejected", () => {
    expect(keptToAbsolute(0, [0])).toBe(1);
    expect(keptToAbsolute(1, [1, 2])).toBe(3);
    expect(keptToAbsolute(3, [1, 2])).toBe(5);
    expect(keptToAbsolute(0, [])).toBe(0);
  });
});
