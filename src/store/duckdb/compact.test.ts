import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestFile } from "../../ingest/index.ts";
import { unpackedCopy } from "../../../test/helpers/plain-csv.ts";
import { FIXTURES, IRAQ, SYRIA } from "../../../test/helpers/paths.ts";
import { filter, tempStore } from "../../../test/helpers/store.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ALL = { limit: 30_000, offset: 0 };
const endings = (dir: string) => readdirSync(dir).map((f) => f.replace(/^.*?\./, ".")).sort();

describe("compactRaw", () => {
  it("rewrites a file kept as delivered into Parquet: a fraction of the disk, every event and raw row as before", async () => {
    const plain = mkdtempSync(join(tmpdir(), "resurgence-plain-"));
    const { store, dir } = await tempStore();
    dirs.push(plain, dir);
    const rawDir = join(dir, "test.duckdb.raw");
    await ingestFile(store, { file: unpackedCopy(SYRIA, plain) });
    await ingestFile(store, { file: IRAQ });
    expect(endings(rawDir)).toEqual([".csv", ".csv.idx", ".parquet"]);
    const before = await store.events(filter({}), ALL);
    // Summaries read their words through the same raw rows; a page of them is enough beside every whole event.
    const summaries = await store.eventSummaries(filter({}), { limit: 2000, offset: 16_000 });

    const report = await store.compactRaw();
    expect(report.batches).toBe(1);
    // The Syria file is 11.3 MB unpacked (11,321,291 bytes, plus its index); its records compress to under a fifth.
    expect(report.bytesBefore).toBeGreaterThan(11_321_291);
    expect(report.bytesAfter).toBeLessThan(report.bytesBefore / 5);
    expect(endings(rawDir)).toEqual([".parquet", ".parquet"]);
    expect(before.length).toBe(16_566 + 7_473);
    expect(await store.events(filter({}), ALL)).toEqual(before);
    expect(await store.eventSummaries(filter({}), { limit: 2000, offset: 16_000 })).toEqual(summaries);

    // Nothing is left to do; a plain file ingested after is kept as delivered again.
    expect(await store.compactRaw()).toEqual({ batches: 0, bytesBefore: 0, bytesAfter: 0 });
    const gtd = await ingestFile(store, { file: join(FIXTURES, "gtd", "globalterrorismdb.csv") });
    expect(gtd.loaded).toBeGreaterThan(0);
    expect(endings(rawDir)).toEqual([".csv", ".csv.idx", ".parquet", ".parquet"]);
    await store.close();
  }, 60_000);
});
