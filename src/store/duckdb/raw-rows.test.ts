import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../ingest/index.ts";
import { SAMPLE231 } from "../../../test/helpers/paths.ts";
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
