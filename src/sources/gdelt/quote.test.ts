import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO } from "../../../test/helpers/paths.ts";
import { readText } from "../../../test/helpers/plain-csv.ts";
import { tempStore } from "../../../test/helpers/store.ts";
import type { DuckDBStore } from "../../store/index.ts";
import { ingestFile } from "../../ingest/index.ts";

const stores: DuckDBStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

describe("GDELT records with quote characters", () => {
  it("reads a stray double quote as a character, not as the start of a quoted field", async () => {
    const lines = readText(join(DEMO, "gdelt", "20180101000000.export.CSV.gz")).split("\n").slice(0, 20);
    const fields = lines[3]!.split("\t");
    fields[6] = `"THE ${fields[6] || "CROWD"}`;
    lines[3] = fields.join("\t");
    const file = join(mkdtempSync(join(tmpdir(), "gdelt-")), "quoted.export.CSV");
    writeFileSync(file, lines.join("\n") + "\n");
    const { store } = await tempStore();
    stores.push(store);
    const s = await ingestFile(store, { file });
    expect(s.read).toBe(20);
    expect(s.quarantined).toBe(0);
    const events = await store.events((await import("../../store/index.ts")).EventFilter.parse({ datasets: ["gdelt"] }), { limit: 100, offset: 0 });
    expect(events.some((e) => (e.side_a ?? "").startsWith('"THE'))).toBe(true);
  });

  it("is not taken for a header-less GDELT file when the first field is not an event id", async () => {
    const lines = readText(join(DEMO, "gdelt", "20180101000000.export.CSV.gz")).split("\n").slice(0, 3);
    const header = lines[0]!.split("\t").map((_, i) => `col${i}`).join("\t");
    const file = join(mkdtempSync(join(tmpdir(), "gdelt-")), "with-header.tsv");
    writeFileSync(file, [header, ...lines].join("\n") + "\n");
    const { store } = await tempStore();
    stores.push(store);
    await expect(ingestFile(store, { file })).rejects.toThrow(/unknown layout/);
  });
});
