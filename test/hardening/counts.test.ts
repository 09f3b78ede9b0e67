/**
 * Fixed: counts went through DuckDB's cast, which rounds "1.5" to 2 and reads "0x10" and "1_000", and a count
 * past INTEGER passed the check and then failed the insert, refusing the whole file as if it were a bug.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { goodRows, writeRows } from "./corpus/formats.ts";
import { seededStore } from "./store-state.ts";
import { ingestFile } from "../../src/ingest/index.ts";

const dir = mkdtempSync(join(tmpdir(), "regressions-"));
const store = seededStore();

describe("fixed: DuckDB's cast rounded counts and a count past INTEGER failed the whole file", () => {
  it("quarantines 1.5, 0x10, 1_000 and 99999999999 as counts and loads the rest", async () => {
    const r = goodRows("acled", 60, 5);
    ["1.5", "0x10", "1_000", "99999999999"].forEach((v, i) => (r[i + 1]!.fatalities = v));
    const file = join(dir, "counts.csv");
    writeFileSync(file, writeRows("acled", r));
    const s = await ingestFile(store(), { file });
    expect(s).toMatchObject({ read: 5, loaded: 1, quarantined: 4 });
    expect((await store().rejects(s.batchId)).map((x) => x.reason)).toEqual([
      'fatalities "1.5" is not a whole number >= 0', 'fatalities "0x10" is not a whole number >= 0',
      'fatalities "1_000" is not a whole number >= 0', 'fatalities "99999999999" is larger than 2147483647',
    ]);
  });
});
