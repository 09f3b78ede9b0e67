import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundledRegistry } from "../actors/index.ts";
import { DEMO } from "../../test/helpers/paths.ts";
import { readCsvObjects } from "../../test/helpers/plain-csv.ts";
import { tempStore } from "../../test/helpers/store.ts";
import type { DuckDBStore } from "../store/index.ts";
import { importLedger } from "./index.ts";

const LEDGER = join(DEMO, "reported", "centcom_statements.csv");
const stores: DuckDBStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

function ledgerFile(body: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "ledger-")), "l.csv");
  writeFileSync(file, "statement_date,issuer,period,geography,metric,value,basis,source_url\n" + body);
  return file;
}

describe("importLedger", () => {
  it("reads every CENTCOM figure, with the 153 as attacks IS claimed over 2024-H1 in Iraq and Syria", () => {
    const figures = importLedger(LEDGER, bundledRegistry(), "is");
    expect(figures).toHaveLength(readCsvObjects(LEDGER).length);
    const claimed = figures.find((f) => f.measure === "claimed_attacks");
    expect(claimed).toMatchObject({ value: 153, actor_id: "is", period_start: "2024-01-01", period_end: "2024-06-30", countries: ["IRQ", "SYR"] });
    const the121 = figures.find((f) => f.value === 121);
    expect(the121).toMatchObject({ measure: "attacks", period_start: "2023-01-01", period_end: "2023-12-31", issuer: "US defense official (anonymous; via AP)" });
    expect(figures.filter((f) => f.measure === "operations_against").map((f) => f.value).sort((a, b) => a - b)).toEqual([59, 94, 137, 196]);
  });

  it("names the file and line of a bad figure", () => {
    const file = ledgerFile("2024-07-16,CENTCOM,2024-01..2024-06,Iraq+Syria,isis_claimed_attacks,153,x,\n2024-07-16,CENTCOM,2024-H3,Iraq,isis_attacks,5,x,\n");
    expect(() => importLedger(file, bundledRegistry())).toThrow(expect.objectContaining({ where: { file, line: 3 } }));
  });

  it("refuses an unknown metric and an unknown place with the way to fix them", () => {
    expect(() => importLedger(ledgerFile("2024-07-16,X,2024,Iraq,isis_parades,3,,\n"), bundledRegistry())).toThrow(/unknown metric "isis_parades"/);
    expect(() => importLedger(ledgerFile("2024-07-16,X,2024,Atlantis,isis_attacks,3,,\n"), bundledRegistry())).toThrow(/unknown place "Atlantis"/);
  });
});

describe("the ledger in the store", () => {
  it("adds figures once and finds them by actor, place and overlapping period", async () => {
    const { store } = await tempStore();
    stores.push(store);
    const figures = importLedger(LEDGER, bundledRegistry(), "is");
    expect(await store.addReported(figures)).toEqual({ added: 8, duplicates: 0 });
    expect(await store.addReported(figures)).toEqual({ added: 0, duplicates: 8 });
    const h1 = await store.reported({ actorIds: ["is"], countries: ["SYR"], start: "2024-01-01", end: "2024-06-30" });
    expect(h1.map((f) => f.value).sort((a, b) => a - b)).toEqual([18, 59, 63, 94, 153, 196]);
    const y2023 = await store.reported({ actorIds: ["is"], start: "2023-01-01", end: "2023-12-31" });
    expect(y2023.map((f) => f.value)).toEqual([121]);
  });
});
