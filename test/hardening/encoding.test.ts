/**
 * Issue 13, item 11: a UTF-16 export (Excel's "Unicode text") is named as such with the way to UTF-8, not an
 * "unknown layout"; a header written in capitals (ID, YEAR, …) is matched whatever its case and loads the same
 * events as the original.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.ts";
import { EventFilter } from "../../src/store/index.ts";
import { tempStore } from "../helpers/store.ts";
import { cli, NOT_A_BUG } from "./cli-run.ts";
import { plain } from "./real-data.ts";

const SAMPLE = plain("ged231-sample-1000.csv");
const HINT = "(save it as UTF-8 (in Excel: Save As → CSV UTF-8), or convert it: iconv -f UTF-16 -t UTF-8)";
let dir: string;
let text: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "resurgence-encoding-"));
  text = readFileSync(SAMPLE, "utf8");
});

describe("a UTF-16 file", () => {
  it.each([
    ["little-endian with a byte-order mark", "le-bom.csv", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["little-endian without one", "le.csv", () => Buffer.from(text, "utf16le")],
    ["big-endian with a byte-order mark", "be-bom.csv", () => Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]))],
    ["gzip-compressed", "le.csv.gz", () => gzipSync(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))],
  ])("%s is named, with the way to UTF-8", async (_what, name, bytes) => {
    const file = join(dir, name);
    writeFileSync(file, bytes());
    const r = await cli(["--db", join(dir, "store.duckdb"), "ingest", file]);
    expect(r.code).toBe(3);
    expect(r.err).toEqual([`error: ${file}:1: is UTF-16 text, not UTF-8 ${HINT}`]);
    expect(r.err[0]).not.toMatch(NOT_A_BUG);
  });
});

describe("a header in capitals", () => {
  it("loads the same events as the original", async () => {
    const [header = "", ...rest] = text.split("\n");
    const upper = join(dir, "upper.csv");
    writeFileSync(upper, [header.toUpperCase(), ...rest].join("\n"));
    const a = await tempStore();
    const b = await tempStore();
    const sa = await ingestFile(a.store, { file: SAMPLE });
    const sb = await ingestFile(b.store, { file: upper });
    expect(sb.layout).toBe(sa.layout);
    expect([sb.read, sb.loaded, sb.quarantined]).toEqual([sa.read, sa.loaded, sa.quarantined]);
    const q = { filter: EventFilter.parse({}), by: "year" as const, byCountry: true };
    expect(await b.store.count(q)).toEqual(await a.store.count(q));
    await a.store.close();
    await b.store.close();
  });
});
