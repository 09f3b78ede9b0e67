/**
 * Events per province: IS in Iraq 2014 vs 2013 on the real HDX Iraq file, against an independent count of the
 * same file by the plain CSV reader of test/helpers (which shares no code with ingest or counting).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IRAQ } from "../../../test/helpers/paths.ts";
import { readCsvObjects, sideHas } from "../../../test/helpers/plain-csv.ts";
import { storeWith } from "../../../test/helpers/store.ts";
import { parsePeriod } from "../../periods/index.ts";
import type { DuckDBStore } from "../../store/index.ts";
import { compareByPlace } from "./places.ts";
import { CountingRule } from "./rule.ts";

let store: DuckDBStore;
beforeAll(async () => {
  store = (await storeWith([IRAQ])).store;
}, 60_000);
afterAll(async () => store.close());

function independent(year: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of readCsvObjects(IRAQ)) {
    if (r.id === "" || !r.date_start?.startsWith(year) || !sideHas(r, "IS")) continue;
    out.set(r.adm_1 ?? "", (out.get(r.adm_1 ?? "") ?? 0) + 1);
  }
  return out;
}

describe("compareByPlace", () => {
  it("counts IS events per province in 2014 and 2013 exactly as an independent reader of the file does", async () => {
    const rows = await compareByPlace(store, { actorIds: ["is"], countries: ["IRQ"], a: parsePeriod("2014"), b: parsePeriod("2013"), rule: CountingRule.parse({}) });
    const [y14, y13] = [independent("2014"), independent("2013")];
    for (const r of rows) {
      expect(r.a.events, `${r.admin1} 2014`).toBe(y14.get(r.admin1 ?? "") ?? 0);
      expect(r.b.events, `${r.admin1} 2013`).toBe(y13.get(r.admin1 ?? "") ?? 0);
    }
    expect(rows.reduce((s, r) => s + r.a.events, 0)).toBe([...y14.values()].reduce((s, n) => s + n, 0));
    const byName = new Map(rows.map((r) => [r.admin1, r.a.events]));
    expect([byName.get("Al Anbār province"), byName.get("Şalāḩ ad Dīn province"), byName.get("Nīnawá province")]).toEqual([179, 152, 112]);
  });

  it("puts the largest rise in annualised rate first, each with its rate ratio", async () => {
    const rows = await compareByPlace(store, { actorIds: ["is"], countries: ["IRQ"], a: parsePeriod("2014"), b: parsePeriod("2013"), rule: CountingRule.parse({}) });
    expect(rows[0]!.admin1).toBe("Al Anbār province");
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.change).toBeGreaterThanOrEqual(rows[i]!.change);
    expect(rows[0]!.comparison!.rateRatio).toBeCloseTo(179 / 41, 10);
  });
});
