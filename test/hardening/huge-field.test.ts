/**
 * A 10 MB field in every format, written here rather than committed: the record with 10 MB of text loads with
 * its text whole, the record with a 10 MB id is quarantined (ACLED ids are free text, so there it loads too).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DuckDBStore } from "../../src/store/index.ts";
import { rawRowsOf, tempStore } from "../helpers/store.ts";
import { expectLoads } from "./bad-input.ts";
import { NOW, SEED } from "./store-state.ts";
import { EXPECTED, type Loads } from "./corpus/expected.ts";
import { FORMATS, goodEvents, goodRows, writeEvents, writeRows, type Format } from "./corpus/formats.ts";
import { EXT, kindIndex } from "./corpus/kinds.ts";
import { JSON_ROLES, ROLES } from "./corpus/roles.ts";
import { ingestFile } from "../../src/ingest/index.ts";

const TEN_MB = 10 * 1024 * 1024;

function hugeFile(dir: string, format: Format): { file: string; textColumn: string } {
  const k = kindIndex("huge-field");
  const big = "x".repeat(TEN_MB);
  const file = join(dir, `huge-field${EXT[format]}`);
  if (format === "ged-json") {
    const e = goodEvents(k, 3);
    e[0]![JSON_ROLES.text] = big;
    e[1]![JSON_ROLES.id] = big;
    writeFileSync(file, writeEvents(e));
    return { file, textColumn: JSON_ROLES.text };
  }
  const r = goodRows(format, k, 3);
  r[0]![ROLES[format].text] = big;
  r[1]![ROLES[format].id] = big;
  writeFileSync(file, writeRows(format, r));
  return { file, textColumn: ROLES[format].text };
}

describe("a 10 MB field", () => {
  let store: DuckDBStore;
  const dir = mkdtempSync(join(tmpdir(), "huge-"));
  beforeAll(async () => {
    store = (await tempStore(NOW)).store;
    await ingestFile(store, { file: SEED });
  });
  afterAll(() => store.close());

  it.each(FORMATS)("in a %s file: the text is kept whole, the id quarantined", async (format) => {
    const { file, textColumn } = hugeFile(dir, format);
    const batch = await expectLoads(store, { kind: "huge-field", file, expected: EXPECTED["huge-field"]![format]! }, EXPECTED["huge-field"]![format] as Loads);
    const raw = await rawRowsOf(store, batch);
    expect(Math.max(...raw.map((r) => String(r[textColumn] ?? "").length))).toBe(TEN_MB);
  });
});
