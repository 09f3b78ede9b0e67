/** A row with the wrong number of fields is quarantined with its real field count, not DuckDB's first mismatch. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYRIA } from "../../../test/helpers/paths.ts";
import { tempStore } from "../../../test/helpers/store.ts";
import type { DuckDBStore } from "../../store/index.ts";
import { ingestFile } from "../index.ts";
import { countFields } from "./stage.ts";

let store: DuckDBStore;
beforeAll(async () => {
  store = (await tempStore()).store;
});
afterAll(async () => store.close());

describe("countFields", () => {
  it("counts fields, a delimiter inside quotes being text", () => {
    expect(countFields('a,"b,c",d', ",")).toBe(3);
    expect(countFields("a;b;;", ";")).toBe(4);
    expect(countFields("x\r\n", ",")).toBe(1);
  });
});

describe("a row of 200 fields in a 49-field GED file", () => {
  it("is quarantined as 'the row has 200 fields; the layout has 49'", async () => {
    const [header, row] = gunzipSync(readFileSync(SYRIA)).toString("utf8").split("\n") as [string, string];
    const fields = countFields(header, ",");
    const wide = `${row.replace(/\r$/, "")}${",x".repeat(200 - countFields(row, ","))}`;
    const file = join(mkdtempSync(join(tmpdir(), "wide-")), "wide.csv");
    writeFileSync(file, `${header}\n${row}\n${wide}\n`);
    const summary = await ingestFile(store, { file });
    expect([summary.read, summary.loaded, summary.quarantined]).toEqual([2, 1, 1]);
    const [reject] = await store.rejects(summary.batchId);
    expect(reject?.reason).toBe(`too many columns: the row has 200 fields; the layout has ${fields}`);
    expect(Number(reject?.line)).toBe(3);
  });
});
