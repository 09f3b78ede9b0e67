import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeCopy, sourceCopyPath, spread, withPage, writeRecordIndex } from "./source-copy.ts";

const dir = mkdtempSync(join(tmpdir(), "resurgence-copy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy and its index; the starts are counted by hand for each file below. */
async function copyOf(name: string, text: string | Buffer, starts: number[], headerEnd: number, delim = ","): Promise<string> {
  const copy = join(dir, name);
  writeFileSync(copy, text);
  await writeRecordIndex(copy, { headerEnd, quote: '"', delim, starts: new Float64Array(starts) });
  return copy;
}

const pageOf = (copy: string, recs: number[]) => withPage(copy, recs, async (page) => readFileSync(page, "utf8"));

describe("a page of a file kept as delivered", () => {
  it("holds each wanted record once, in order, numbered, under the header; line ends become LF", async () => {
    // "id,name\r\n" is bytes 0-8; record 0 is 1,"a<LF>b" from 9; record 1 is 2,c from 18 (after <CR><LF>).
    const copy = await copyOf("crlf.csv", 'id,name\r\n1,"a\nb"\r\n2,c\r\n', [9, 18], 9);
    expect(await pageOf(copy, [1, 0, 1])).toBe('__rec,id,name\n0,1,"a\nb"\n1,2,c\n');
  });

  it("reads a last record with no line end, and a record longer than one read (1 MiB)", async () => {
    const long = "x".repeat(1_500_000);
    const copy = await copyOf("long.csv", `id,t\n1,"${long}"\n2,y`, [5, 5 + 2 + 1_500_002 + 1], 5);
    expect(await pageOf(copy, [0, 1])).toBe(`__rec,id,t\n0,1,"${long}"\n1,2,y\n`);
  });

  it("refuses a record number the index does not hold", async () => {
    const copy = await copyOf("short.csv", "a\n1\n", [2], 2);
    await expect(pageOf(copy, [1])).rejects.toThrow(/record 1 is not in the record index \(1 records\)/);
  });

  it("drops a byte-order mark from the header, so the first column keeps its name", async () => {
    const copy = await copyOf("bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("id,n\n7,a\n")]), [8], 8);
    expect(await pageOf(copy, [0])).toBe("__rec,id,n\n0,7,a\n");
  });

  it("writes no header line for a file without one, and uses the file's delimiter", async () => {
    const copy = await copyOf("tab.csv", "1\ta\n2\tb\n", [0, 4], 0, "\t");
    expect(await pageOf(copy, [1])).toBe("1\t2\tb\n");
  });

  it("names the copy after the batch's Parquet raw file, and removes both the copy and its index", async () => {
    expect(sourceCopyPath("/s.raw/ucdp-ged-1.parquet")).toBe("/s.raw/ucdp-ged-1.csv");
    const copy = await copyOf("gone.csv", "a\n1\n", [2], 2);
    await removeCopy(copy);
    await expect(pageOf(copy, [0])).rejects.toThrow(/ENOENT/);
  });
});

describe("spread", () => {
  it("spreads about k record numbers over n, the first and the last always in", () => {
    expect(spread(10, 4)).toEqual([0, 2, 4, 6, 8, 9]);
    expect(spread(3, 512)).toEqual([0, 1, 2]);
    expect(spread(1, 512)).toEqual([0]);
    expect(spread(0, 512)).toEqual([]);
  });
});
