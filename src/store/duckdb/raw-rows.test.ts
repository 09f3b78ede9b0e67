import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../ingest/index.ts";
import { SAMPLE231 } from "../../../test/helpers/paths.ts";
import { tempStore } from "../../../test/helpers/store.ts";
import { unpackedCopy } from "../../../test/helpers/plain-csv.ts";
import { StoreError } from "../../errors.ts";
import { EventFilter } from "../filter.ts";
import { DuckDBStore } from "./index.ts";

describe("raw files of a store in memory", () => {
  it("are kept in a temporary folder while it is open, read back by event, and removed when it closes", async () => {
    const store = await DuckDBStore.open(":memory:");
    const s = await ingestFile(store, { file: SAMPLE231 });
    expect(s.loaded).toBeGreaterThan(0);
    const dir = store.rawDir;
    expect(readdirSync(dir)).toEqual([`${s.batchId}.parquet`]);
    const events = await store.events(EventFilter.parse({}), { limit: 50, offset: 0 });
    expect(events).toHaveLength(50);
    for (const e of events) expect(e.raw.id).toBe(e.source_event_id);
    await store.close();
    expect(existsSync(dir)).toBe(false);
  });
});

describe("a store moved without its raw folder", () => {
  // The .gz file's records are kept in Parquet; the same file unpacked is kept as delivered (a copy and its index).
  it.each([
    ["in Parquet", ".parquet", false],
    ["as delivered", ".csv", true],
  ])("refuses to show events, words or raw rows kept %s, naming the batch, the file and the fix, instead of blanks", async (_way, ending, unpacked) => {
    const { store, dir } = await tempStore();
    const s = await ingestFile(store, { file: unpacked ? unpackedCopy(SAMPLE231, mkdtempSync(join(dir, "plain-"))) : SAMPLE231 });
    const counted = await store.count({ filter: EventFilter.parse({}) });
    await store.close();
    rmSync(join(dir, "test.duckdb.raw"), { recursive: true });
    const moved = await DuckDBStore.open(join(dir, "test.duckdb"));
    try {
      // Counting needs no raw row: it still answers.
      expect(await moved.count({ filter: EventFilter.parse({}) })).toEqual(counted);
      for (const read of [() => moved.events(EventFilter.parse({}), { limit: 5, offset: 0 }), () => moved.eventSummaries(EventFilter.parse({}), { limit: 5, offset: 0 })]) {
        const err = await read().then(() => undefined, (e: unknown) => e);
        expect(err).toBeInstanceOf(StoreError);
        expect((err as StoreError).message).toMatch(new RegExp(`of batch ${s.batchId} cannot be read from .*${s.batchId}\\${ending}`));
        expect((err as StoreError).hint).toMatch(/\.raw folder beside its file/);
      }
    } finally {
      await moved.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
