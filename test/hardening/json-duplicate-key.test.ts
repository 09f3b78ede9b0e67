/**
 * Issue 13, item 14: a JSON record with a key twice ("best": 999999, "best": 1) was loaded with the first value,
 * where JSON.parse takes the last. Neither is knowably right: the record is quarantined, naming the key; the
 * other 1,999 events of the real mirror file load.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/ingest/index.ts";
import { tempStore } from "../helpers/store.ts";
import { plain } from "./real-data.ts";

const MIRROR = plain("ged261-candidate-mirror.json");

describe("a JSON event with a key given twice", () => {
  it("is quarantined naming the key, and the others load", async () => {
    const doc = JSON.parse(readFileSync(MIRROR, "utf8")) as { events: Array<Record<string, unknown>> };
    const events = doc.events.map((e) => JSON.stringify(e));
    events[4] = (events[4] ?? "").replace('"best":', '"best":999999,"best":');
    const text = JSON.stringify({ ...doc, events: [] }).replace('"events":[]', `"events":[${events.join(",")}]`);
    const dir = mkdtempSync(join(tmpdir(), "resurgence-json-dup-"));
    const file = join(dir, "mirror-dup.json");
    writeFileSync(file, text);
    const { store } = await tempStore();
    const s = await ingestFile(store, { file });
    expect([s.read, s.loaded, s.duplicates, s.quarantined]).toEqual([2000, 1999, 0, 1]);
    const [reject] = await store.rejects(s.batchId);
    expect(reject?.line).toBe(5);
    expect(reject?.reason).toBe('key "best" appears twice in the record: which value is meant is unknown');
    await store.close();
  });
});
