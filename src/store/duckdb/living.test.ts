import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURES } from "../../../test/helpers/paths.ts";
import { parseCsv } from "../../../test/helpers/plain-csv.ts";
import { filter, tempStore } from "../../../test/helpers/store.ts";
import type { DuckDBStore } from "./index.ts";
import { ingestFile } from "../../ingest/index.ts";

// Hand-written rows in ACLED's export layout (not ACLED data), see test/fixtures/acled/README.md.
const EXPORT = join(FIXTURES, "acled", "export.csv");
const stores: DuckDBStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

function cell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * A newer export: one event revised (new timestamp, more fatalities), one deleted, one added. Deletions are
 * only seen inside each country's first..last event date of the new export.
 */
function newerExport(): string {
  const [header, ...records] = parseCsv(readFileSync(EXPORT, "utf8")).filter((r) => r.length > 1);
  const col = (name: string) => header!.indexOf(name);
  const good = records.filter((r) => !(r[col("notes")] ?? "").startsWith("BAD:"));
  // The deleted event lies inside Iraq's dates in the export, so the export speaks for it.
  const out = good.filter((r) => r[col("event_id_cnty")] !== "IRQ900004").map((r) => [...r]);
  const revised = out.find((r) => r[col("event_id_cnty")] === "SYR900003")!;
  revised[col("fatalities")] = "9";
  revised[col("timestamp")] = String(Number(revised[col("timestamp")]) + 86_400);
  const added = [...good.find((r) => r[col("event_id_cnty")] === "IRQ900004")!];
  added[col("event_id_cnty")] = "IRQ900099";
  out.push(added);
  const file = join(mkdtempSync(join(tmpdir(), "acled-")), "export-newer.csv");
  writeFileSync(file, [header!, ...out].map((r) => r.map(cell).join(",")).join("\n") + "\n");
  return file;
}

describe("re-importing a living dataset (ACLED)", () => {
  it("updates revised events, removes deleted ones within the export's scope and adds new ones", async () => {
    const { store } = await tempStore();
    stores.push(store);
    const first = await ingestFile(store, { file: EXPORT });
    expect(first).toMatchObject({ updated: 0, removed: 0 });
    const before = (await store.count({ filter: filter({ datasets: ["acled"] }) }))[0]!.events;
    const second = await ingestFile(store, { file: newerExport() });
    expect(second).toMatchObject({ updated: 1, removed: 1, loaded: 2, quarantined: 0 });
    expect(second.read).toBe(second.loaded + second.duplicates + second.quarantined);
    expect((await store.count({ filter: filter({ datasets: ["acled"] }) }))[0]!.events).toBe(before);
    const [revised] = await store.events(filter({ datasets: ["acled"], countries: ["SYR"], start: "2024-01-20", end: "2024-01-20" }), { limit: 5, offset: 0 });
    expect(revised?.deaths_best).toBe(9);
    const iraq = await store.events(filter({ datasets: ["acled"], countries: ["IRQ"] }), { limit: 50, offset: 0 });
    expect(iraq.map((e) => e.source_event_id)).not.toContain("IRQ900004");
    expect(iraq.map((e) => e.source_event_id)).toContain("IRQ900099");
  });

  it("re-importing the same export changes nothing", async () => {
    const { store } = await tempStore();
    stores.push(store);
    await ingestFile(store, { file: EXPORT });
    const again = await ingestFile(store, { file: EXPORT });
    expect(again).toMatchObject({ loaded: 0, updated: 0, removed: 0 });
  });
});
