import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCsvObjects, sideHas } from "../../test/helpers/plain-csv.ts";
import { IRAQ, SYRIA } from "../../test/helpers/paths.ts";
import { main } from "./main.ts";

const db = join(mkdtempSync(join(tmpdir(), "detect-")), "d.duckdb");

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "resurgence", "--db", db, ...args], {
    env: {},
    io: { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => new Date("2026-11-29T12:00:00Z") },
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  expect((await run("ingest", IRAQ, SYRIA)).code).toBe(0);
}, 120_000);

describe("resurgence detect", () => {
  it("reads IS in Iraq month by month exactly as an independent count, and finds the 2013 regrouping", async () => {
    const r = await run("detect", "--actor", "IS", "--country", "IRQ", "--period", "2004-01..2018-12", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const monthly = new Map<string, number>();
    for (const row of readCsvObjects(IRAQ)) {
      if (row.id === "" || !sideHas(row, "IS")) continue;
      const m = row.date_start!.slice(0, 7);
      monthly.set(m, (monthly.get(m) ?? 0) + 1);
    }
    expect(j.months[0]).toBe("2004-01");
    j.months.forEach((m: string, i: number) => expect(j.counts[i]).toBe(monthly.get(m) ?? 0));
    expect(j.regrouping.found).toBe(true);
    // The low sits in 2011-2012 and the rise begins before IS took Mosul in June 2014.
    expect(j.regrouping.low.start >= "2010-01" && j.regrouping.low.end <= "2013-12").toBe(true);
    expect(j.regrouping.high.start >= "2012-06" && j.regrouping.high.start <= "2014-06").toBe(true);
    expect(j.model).toBe("negbin");
  });

  it("prints regimes, alarms, a sparkline and the verdict in text", async () => {
    const r = await run("detect", "--actor", "Daesh", "--country", "IRQ", "--period", "2004..2018");
    expect(r.out).toMatch(/[▁▂▃▄▅▆▇█]{100,}/);
    expect(r.out).toMatch(/Regrouping: After \d+ months at/);
    expect(r.out).toMatch(/Counting rule:/);
  });

  it("says in the reader's language, in one line, that a period lies outside what the data cover", async () => {
    const en = await run("detect", "--actor", "IS", "--country", "SYR", "--period", "2024");
    expect(en.code).toBe(2);
    expect(en.err).toBe("error: the data cover 2016-01-01..2019-11-30, outside 2024 (choose a period inside the covered span)");
    const nl = await run("detect", "--actor", "IS", "--country", "SYR", "--period", "2024", "--lang", "nl");
    expect(nl.err).toBe("fout: de gegevens dekken 2016-01-01..2019-11-30, buiten 2024 (kies een periode binnen de gedekte tijd)");
  });

  it("refuses a malformed month", async () => {
    const r = await run("detect", "--actor", "IS", "--country", "IRQ", "--period", "2004-13");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: --period "2004-13": .*month/);
  });
});

describe("resurgence alerts and backtest", () => {
  it("ranks every actor-country series and includes IS in both countries", async () => {
    const r = await run("alerts", "--json", "--limit", "50", "--all");
    const { alerts } = JSON.parse(r.out) as { alerts: Array<{ actor_id: string; country: string }> };
    expect(alerts.some((a) => a.actor_id === "is" && a.country === "IRQ")).toBe(true);
    expect(alerts.some((a) => a.actor_id === "is" && a.country === "SYR")).toBe(true);
    expect(alerts.every((a) => !a.actor_id.startsWith("gov-") && a.actor_id !== "civilians")).toBe(true);
  });

  it("replays the IS-in-Iraq case: the threshold rules flag the resurgence before Mosul fell", async () => {
    const r = await run("backtest", "--json");
    const j = JSON.parse(r.out) as { methods: Array<{ method: string; alarms: string[] }> };
    for (const name of ["nb-cusum-arl60", "hdx-36m", "acled-surge"]) {
      const m = j.methods.find((x) => x.method === name)!;
      const first = m.alarms.find((a) => a >= "2013-01");
      expect(first! <= "2014-06").toBe(true);
    }
  });
});
