/**
 * Fixed: a read during an ingest ran on the ingest's connection, inside its transaction, so it saw rows that
 * were not committed (and that a failing ingest then rolled back). Ingest now has a connection of its own.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/paths.ts";
import { filter, tempStore } from "../helpers/store.ts";
import { NOW, SEED } from "./store-state.ts";
import { ingestFile } from "../../src/ingest/index.ts";

describe("fixed: a read during an ingest ran inside the ingest's transaction", () => {
  it("does not see the rows of an ingest that is still open, nor of one that then fails", async () => {
    let armed = false;
    let calls = 0;
    // The store reads its clock once per batch, to record it after its rows are in: failing there rolls them back.
    const { store: s } = await tempStore(() => {
      if (armed && ++calls === 1) throw new Error("clock failure injected by the test");
      return NOW();
    });
    try {
      await ingestFile(s, { file: SEED });
      const total = async () => (await s.count({ filter: filter({}) }))[0]?.events ?? 0;
      const before = await total();
      armed = true;
      let during: Promise<number> | undefined;
      const file = join(FIXTURES, "ucdp", "bad-rows-ged191.csv");
      const failing = ingestFile(s, { file, onProgress: (f, stage) => void (stage === "storing" && f === 1 && (during ??= total())) });
      await expect(failing).rejects.toThrow(/clock failure/);
      expect(during).toBeDefined();
      expect(await during).toBe(before);
      expect(await total()).toBe(before);
    } finally {
      await s.close();
    }
  });
});
