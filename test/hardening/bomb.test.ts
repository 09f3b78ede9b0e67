/**
 * Issue 13, item 4: decompression is bounded while it streams. A .gz or .zip of real rows repeated to 64 MB (over
 * 1000× its compressed size) is refused as a possible bomb, long before it is unpacked; a zip entry that unpacks
 * past the size its archive records is stopped there. The same ingestFile serves the CLI and POST /api/ingest.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { zip } from "../helpers/zip.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, NOT_A_BUG, ONE_LINE } from "./cli-run.ts";
import { plain } from "./real-data.ts";

const SAMPLE = plain("ged231-sample-1000.csv");
let dir: string;
let bomb: Buffer;

/** A single-entry zip whose records declare `declared` unpacked bytes. */
function zipOf(name: string, data: Buffer, declared = data.length): Buffer {
  return zip([{ name, data, declared, level: 1 }]);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "resurgence-bomb-"));
  const [header, row] = readFileSync(SAMPLE, "utf8").split("\n");
  const line = Buffer.from(`${row}\n`);
  bomb = Buffer.concat([Buffer.from(`${header}\n`), Buffer.alloc(64 * 2 ** 20 - (64 * 2 ** 20) % line.length, line)]);
});

async function refused(file: string, what: RegExp): Promise<void> {
  const r = await cli(["--db", join(dir, "store.duckdb"), "ingest", file]);
  expect(r.code, r.out.join("\n")).toBe(3);
  expect(r.out).toEqual([]);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(ONE_LINE);
  expect(r.err[0]).toMatch(what);
  expect(r.err[0]).not.toMatch(NOT_A_BUG);
}

describe("a decompression bomb of real rows", () => {
  it("as .csv.gz is refused by its compression ratio", async () => {
    const file = join(dir, "repeated.csv.gz");
    writeFileSync(file, gzipSync(bomb, { level: 1 }));
    await refused(file, /repeated\.csv\.gz: is refused: it unpacks to more than 100× its [\d,]+ compressed bytes \(refused as a possible decompression bomb/);
  }, 60_000);

  it("as .csv.zip is refused by its compression ratio", async () => {
    const file = join(dir, "repeated.csv.zip");
    writeFileSync(file, zipOf("repeated.csv", bomb));
    await refused(file, /repeated\.csv\.zip: is refused: "repeated\.csv" unpacks to more than 100×/);
  }, 60_000);

  it("as a zip whose entry claims 4 KB is stopped at 4 KB", async () => {
    const file = join(dir, "liar.csv.zip");
    writeFileSync(file, zipOf("liar.csv", bomb, 4096));
    await refused(file, /liar\.csv\.zip: is refused: "liar\.csv" unpacks to more than the 4,096 bytes the archive records/);
  }, 60_000);
});
