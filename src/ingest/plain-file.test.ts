import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { DEMO, FIXTURES } from "../../test/helpers/paths.ts";
import { readText } from "../../test/helpers/plain-csv.ts";
import { tempStore } from "../../test/helpers/store.ts";
import type { DuckDBStore } from "../store/index.ts";
import { ingestFile } from "./index.ts";

const stores: DuckDBStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

describe("ingest of packed files", () => {
  it("unpacks a GDELT zip and names the archive in the batch", async () => {
    const { store } = await tempStore();
    stores.push(store);
    const zip = join(FIXTURES, "gdelt", "20180101000000-head200.export.CSV.zip");
    const s = await ingestFile(store, { file: zip });
    const first200 = readText(join(DEMO, "gdelt", "20180101000000.export.CSV.gz")).split("\n").slice(0, 200);
    expect(s).toMatchObject({ file: zip, dataset: "gdelt", read: first200.length, quarantined: 0 });
    expect(s.read).toBe(s.loaded + s.duplicates);
    expect((await store.batches())[0]?.file).toBe(zip);
  });

  it("refuses a file named .zip that is not a zip archive", async () => {
    const { store } = await tempStore();
    stores.push(store);
    const file = join(FIXTURES, "gdelt", "not-a-zip.zip");
    await expect(ingestFile(store, { file })).rejects.toThrow(/is named \.zip but is not a zip archive/);
  });
});
