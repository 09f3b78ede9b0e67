/**
 * One suite, three stores: DuckDB, a single ClickHouse node and a two-shard ClickHouse cluster get the same
 * ingests of the bundled real files and must give the same answers. Expected values come from the
 * independent plain CSV reader (../testing/oracle.ts) or from equality across the stores, never from one store alone.
 * The Syria file goes in unpacked, so the DuckDB store keeps it as delivered (and the Iraq .gz file as Parquet):
 * both ways of keeping raw rows are compared with ClickHouse's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unpackedCopy } from "../../../test/helpers/plain-csv.ts";
import type { EventSummary } from "../../event.ts";
import { CountingRule, compareInStore, seriesInStore } from "../../analysis/counting/index.ts";
import { bundledRegistry } from "../../actors/index.ts";
import { parsePeriod } from "../../periods/index.ts";
import { importLedger } from "../../reported/index.ts";
import { EventFilter, type EventFilterInput } from "../filter.ts";
import type { Store } from "../store.ts";
import { DEMO, FIXTURES, IRAQ, SYRIA } from "../../../test/helpers/paths.ts";
import { readCsvObjects } from "../../../test/helpers/plain-csv.ts";
import { bucketOf, dateOf, inRole, iso3, plainEvents, tally, violence, type CsvRow } from "../testing/oracle.ts";
import { storeKinds, type StoreKind } from "../testing/stores.ts";
import { testCluster } from "../testing/test-cluster.ts";
import { ingestFile, type IngestSummary } from "../../ingest/index.ts";

const BAD = join(FIXTURES, "ucdp", "bad-rows-ged191.csv");
const plainDir = mkdtempSync(join(tmpdir(), "resurgence-plain-"));
const SYRIA_PLAIN = unpackedCopy(SYRIA, plainDir);
const started = testCluster();
if ("skip" in started) console.warn(`conformance: ${started.skip}; running against DuckDB only`);
const cluster = "skip" in started ? undefined : started;
const kinds = storeKinds(cluster);

interface Loaded {
  kind: StoreKind;
  store: Store;
  cleanup: () => Promise<void>;
  summaries: { iraq: IngestSummary; bad: IngestSummary; syria: IngestSummary };
}
const loaded: Loaded[] = [];
const f = (x: EventFilterInput) => EventFilter.parse(x);
const events: CsvRow[] = plainEvents();

beforeAll(async () => {
  // Each store loads the same three files in the same order; the stores load side by side.
  const out = await Promise.all(
    kinds.map(async (kind) => {
      const { store, cleanup } = await kind.open();
      const iraq = await ingestFile(store, { file: IRAQ });
      const bad = await ingestFile(store, { file: BAD });
      const syria = await ingestFile(store, { file: SYRIA_PLAIN });
      return { kind, store, cleanup, summaries: { iraq, bad, syria } };
    }),
  );
  loaded.push(...out);
}, 180_000);

afterAll(async () => {
  for (const l of loaded) await l.cleanup();
  cluster?.stop();
  rmSync(plainDir, { recursive: true, force: true });
});

/** Runs `ask` on every store; checks each answer against `expected` and all answers against each other. */
async function agree<T>(ask: (s: Store) => Promise<T>, expected?: T): Promise<T> {
  const answers = await Promise.all(loaded.map((l) => ask(l.store)));
  answers.forEach((a, i) => {
    if (expected !== undefined) expect(a, loaded[i]!.kind.name).toEqual(expected);
    expect(a, `${loaded[i]!.kind.name} vs ${loaded[0]!.kind.name}`).toEqual(answers[0]);
  });
  return answers[0]!;
}

/**
 * An event as compared across stores: batch ids differ (each store ran its own ingest), and coordinates are
 * rounded to 1e-9 degrees because ClickHouse 18.16 parses text floats up to one ulp off (current servers parse
 * exactly); everything else must match exactly.
 */
function comparable<T extends EventSummary>(e: T): Omit<T, "batch_id"> {
  const { batch_id: _, ...rest } = e;
  const round = (x: number | null) => (x === null ? null : Math.round(x * 1e9) / 1e9);
  return { ...rest, latitude: round(e.latitude), longitude: round(e.longitude) };
}

const countRows = (rows: ReturnType<typeof tally>, field?: "bucket" | "country_iso3") =>
  rows.map((r) => ({ ...(field ? { [field]: r.key } : {}), events: r.events, deaths: r.deaths }));

describe(`the conformance suite on ${kinds.map((k) => k.name).join(", ")}`, () => {
  it("accounts for every row of every file the same way", () => {
    const syriaIds = new Set(events.filter((r) => r.country === "Syria").map((r) => r.id));
    const badKept = ["214797", "214804", "214828"].filter((id) => syriaIds.has(id)).length;
    for (const { kind, summaries: s } of loaded) {
      expect(s.iraq, kind.name).toMatchObject({ read: 7473, loaded: 7473, duplicates: 0, quarantined: 0, layout: "ged-hdx-45" });
      expect(s.bad, kind.name).toMatchObject({ read: 9, loaded: 3, duplicates: 1, quarantined: 5, layout: "ged191-41" });
      expect(s.syria, kind.name).toMatchObject({ read: 16566, loaded: 16566 - badKept, duplicates: badKept, quarantined: 0 });
      for (const x of Object.values(s)) expect(x.read).toBe(x.loaded + x.duplicates + x.quarantined);
    }
  });

  it("counts IS per year, quarter and month exactly as the independent reader does", async () => {
    for (const by of ["year", "quarter", "month"] as const) {
      for (const country of ["SYR", "IRQ"]) {
        const expected = tally(events.filter((r) => iso3(r) === country && inRole(r, "IS", "any_side")), (r) => bucketOf(dateOf(r), by));
        await agree((s) => s.count({ filter: f({ actorIds: ["is"], countries: [country] }), by }), countRows(expected, "bucket"));
      }
    }
  });

  it("counts by country, and by year and country together", async () => {
    await agree((s) => s.count({ filter: f({}), byCountry: true }), countRows(tally(events, iso3), "country_iso3"));
    const both = await agree((s) => s.count({ filter: f({ actorIds: ["is"] }), by: "year", byCountry: true }));
    const expected = tally(events.filter((r) => inRole(r, "IS", "any_side")), (r) => `${bucketOf(dateOf(r), "year")}|${iso3(r)}`);
    expect(both).toEqual(expected.map((r) => ({ bucket: r.key.split("|")[0], country_iso3: r.key.split("|")[1], events: r.events, deaths: r.deaths })));
  });

  it("counts every located event once on a grid", async () => {
    const cells = await agree((s) => s.grid(f({ actorIds: ["is"] }), 0.1));
    const located = events.filter((r) => inRole(r, "IS", "any_side") && r.latitude !== "" && r.longitude !== "");
    expect(cells.reduce((n, c) => n + c.events, 0)).toBe(located.length);
    // Raqqa city (35.95 N, 39.01 E) falls in the cell centred on 35.95, 39.05.
    expect(cells.find((c) => c.lat === 35.95 && c.lon === 39.05)?.events).toBeGreaterThan(100);
  });

  it("counts by province (admin1 within its country)", async () => {
    const rows = await agree((s) => s.count({ filter: f({ actorIds: ["is"] }), byAdmin1: true }));
    const total = tally(events.filter((r) => inRole(r, "IS", "any_side")), () => "all")[0]!;
    expect(rows.reduce((n, r) => n + r.events, 0)).toBe(total.events);
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((r) => `${r.country_iso3}|${r.admin1}`)).size).toBe(rows.length);
  });

  it("applies every role the same way", async () => {
    for (const role of ["any_side", "perpetrator", "side_a", "side_b"] as const) {
      const expected = tally(events.filter((r) => inRole(r, "IS", role)), () => "");
      await agree((s) => s.count({ filter: f({ actorIds: ["is"], role }) }), [{ events: expected[0]?.events ?? 0, deaths: expected[0]?.deaths ?? 0 }]);
    }
  });

  it("applies every filter field the same way", async () => {
    const cases: Array<[EventFilterInput, (r: CsvRow) => boolean]> = [
      [{ countries: ["SYR", "IRQ"] }, () => true],
      [{ countries: ["AFG"] }, () => false],
      [{ admin1: ["Aleppo Governorate", "Idlib Governorate"] }, (r) => ["Aleppo Governorate", "Idlib Governorate"].includes(r.adm_1 ?? "")],
      [{ violenceTypes: ["one_sided"] }, (r) => violence(r) === "one_sided"],
      [{ violenceTypes: ["state_based", "non_state"] }, (r) => ["state_based", "non_state"].includes(violence(r))],
      [{ datasets: ["ucdp-ged"] }, () => true],
      [{ datasets: ["gdelt"] }, () => false],
      [{ start: "2017-03-01", end: "2017-05-31" }, (r) => dateOf(r) >= "2017-03-01" && dateOf(r) <= "2017-05-31"],
      [{ start: "2019-11-30" }, (r) => dateOf(r) >= "2019-11-30"],
      [{ end: "1999-12-31" }, (r) => dateOf(r) <= "1999-12-31"],
      [{ maxDatePrecision: "day" }, (r) => r.date_prec === "1"],
      [{ maxDatePrecision: "month" }, (r) => Number(r.date_prec) <= 4],
      [{ ids: ["ucdp-ged:219264", "ucdp-ged:238313", "gdelt:1"] }, (r) => ["219264", "238313"].includes(r.id ?? "")],
      [{ actorIds: ["is", "gov-syria"], countries: ["SYR"], violenceTypes: ["state_based"], start: "2016-06-01" },
        (r) => iso3(r) === "SYR" && (inRole(r, "IS", "any_side") || inRole(r, "Government of Syria", "any_side")) && violence(r) === "state_based" && dateOf(r) >= "2016-06-01"],
    ];
    for (const [filter, pred] of cases) {
      const rows = events.filter(pred);
      const deaths = rows.reduce((a, r) => a + Number(r.best || 0), 0);
      await agree((s) => s.count({ filter: f(filter) }), [{ events: rows.length, deaths }]);
    }
  });

  it("pages through events in the same order with the same content", async () => {
    const filter = f({ actorIds: ["is"], countries: ["SYR"], start: "2019-01-01" });
    const expectedIds = events
      .filter((r) => iso3(r) === "SYR" && inRole(r, "IS", "any_side") && dateOf(r) >= "2019-01-01")
      .map((r) => ({ d: dateOf(r), id: `ucdp-ged:${r.id}` }))
      .sort((a, b) => (a.d !== b.d ? (a.d < b.d ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((r) => r.id);
    const pages: string[] = [];
    for (let offset = 0; offset < expectedIds.length + 100; offset += 100) {
      const page = await agree(async (s) => (await s.events(filter, { limit: 100, offset })).map(comparable));
      pages.push(...page.map((e) => e.id));
    }
    expect(pages).toEqual(expectedIds);
    const one = await agree(async (s) => (await s.events(f({ countries: ["IRQ"] }), { limit: 3, offset: 2000 })).map(comparable));
    expect(one).toHaveLength(3);
    expect(one[0]?.raw).toHaveProperty("id");
  });

  it("gives the same page without raw rows as eventSummaries, field for field", async () => {
    const filter = f({ actorIds: ["is"], countries: ["IRQ"], start: "2014-01-01", end: "2014-12-31" });
    for (const offset of [0, 250]) {
      const whole = await agree(async (s) => (await s.events(filter, { limit: 100, offset })).map(({ raw: _raw, ...e }) => comparable(e)));
      const summaries = await agree(async (s) => (await s.eventSummaries(filter, { limit: 100, offset })).map(comparable));
      expect(whole.length).toBe(100);
      expect(summaries).toEqual(whole);
    }
    const one = (await loaded[0]!.store.eventSummaries(filter, { limit: 1, offset: 0 }))[0];
    expect(one).toBeDefined();
    expect(one).not.toHaveProperty("raw");
  });

  it("reports the same coverage, matching the files' date spans", async () => {
    const span = (c: string) => {
      const ds = events.filter((r) => iso3(r) === c).map(dateOf).sort();
      return { dataset: "ucdp-ged", dataset_version: "19.1", country_iso3: c, events: ds.length, first_date: ds[0]!, last_date: ds.at(-1)! };
    };
    await agree(async (s) => (await s.coverage()).map(({ spans: _spans, ...row }) => row), [span("IRQ"), span("SYR")]);
  });

  it("records the same covered spans per batch and country: the whole GED 19.1 release declared, other files inferred", async () => {
    // Each file read alone by the plain reader: its first..last event per country is the span inferred for it.
    const fileSpan = (rows: CsvRow[], c: string) => {
      const ds = rows.filter((r) => iso3(r) === c).map(dateOf).sort();
      return { first: ds[0]!, last: ds.at(-1)!, declared: false };
    };
    const iraq = plainEvents().filter((r) => r.iso3 === "IRQ");
    const syria = readCsvObjects(SYRIA);
    const answers = await Promise.all(loaded.map(async (l) => {
      const file = new Map([[l.summaries.iraq.batchId, "iraq"], [l.summaries.bad.batchId, "bad"], [l.summaries.syria.batchId, "syria"]]);
      return (await l.store.coverage()).map((row) => ({
        country: row.country_iso3,
        // Batch ids differ between stores (and so may their order where two spans are the same days): by file.
        spans: (row.spans ?? []).map(({ batch_id, ...s }) => ({ file: file.get(batch_id) ?? "?", ...s })).sort((a, b) => a.file.localeCompare(b.file)),
      }));
    }));
    for (const a of answers) expect(a).toEqual(answers[0]);
    const of = (country: string, f: string) => answers[0]!.find((r) => r.country === country)!.spans.filter((s) => s.file === f).map(({ file: _f, ...s }) => s);
    // The Iraq file reaches from GED 19.1's first month to its last: the release's stated 1989..2018 is its span.
    expect(fileSpan(iraq, "IRQ")).toEqual({ first: "1989-01-01", last: "2018-12-25", declared: false });
    expect(of("IRQ", "iraq")).toEqual([{ first: "1989-01-01", last: "2018-12-31", declared: true }]);
    expect(of("SYR", "syria")).toEqual([fileSpan(syria, "SYR")]);
    expect(of("IRQ", "syria")).toEqual([]);
  });

  it("records the same batches and rejects", async () => {
    const batches = await Promise.all(loaded.map((l) => l.store.batches()));
    batches.forEach((b, i) => {
      const s = loaded[i]!.summaries;
      const strip = (x: IngestSummary) => ({ batch_id: x.batchId, rows_read: x.read, loaded: x.loaded, duplicates: x.duplicates, quarantined: x.quarantined });
      const sortById = (xs: Array<{ batch_id: string }>) => [...xs].sort((a, b) => (a.batch_id < b.batch_id ? -1 : 1));
      expect(sortById(b.map((x) => ({ batch_id: x.batch_id, rows_read: x.rows_read, loaded: x.loaded, duplicates: x.duplicates, quarantined: x.quarantined }))))
        .toEqual(sortById([strip(s.iraq), strip(s.bad), strip(s.syria)]));
      expect(b.every((x) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(x.started_at))).toBe(true);
    });
    const rejects = await Promise.all(loaded.map((l) => l.store.rejects(l.summaries.bad.batchId)));
    for (const r of rejects) {
      expect(r.map((x) => x.line)).toEqual([5, 6, 7, 8, 10]);
      expect(r.map((x) => [x.line, x.reason, x.raw, x.file])).toEqual(rejects[0]!.map((x) => [x.line, x.reason, x.raw, x.file]));
    }
    const all = await Promise.all(loaded.map((l) => l.store.rejects()));
    for (const r of all) expect(r).toHaveLength(5);
  });

  it("counts actors the same way", async () => {
    const sorted = (xs: Array<{ actor_id: string; country_iso3: string | null; events: number; example_id: string }>) =>
      [...xs].sort((a, b) => b.events - a.events || (a.actor_id < b.actor_id ? -1 : a.actor_id > b.actor_id ? 1 : 0) || String(a.country_iso3).localeCompare(String(b.country_iso3)));
    const answers = await Promise.all(loaded.map((l) => l.store.actorCounts(f({ countries: ["SYR"] }))));
    for (const a of answers) expect(sorted(a)).toEqual(sorted(answers[0]!));
    const is = answers[0]!.find((x) => x.actor_id === "is" && x.country_iso3 === "SYR");
    const isInSyria = events.filter((r) => iso3(r) === "SYR" && inRole(r, "IS", "any_side"));
    expect(is?.events).toBe(isInSyria.length);
    // One of its events to read how the data write its name: the least id, the same in every store.
    expect(is?.example_id).toBe(isInSyria.map((r) => `ucdp-ged:${r.id}`).sort()[0]);
  });

  it("gives compareInStore and seriesInStore the same results, on the independent counts", async () => {
    const rule = CountingRule.parse({});
    const q = { actorIds: ["is"], countries: ["SYR", "IRQ"], a: parsePeriod("2018"), b: parsePeriod("2016..2017"), rule };
    const cmp = await agree((s) => compareInStore(s, q));
    const isIn = (c: string, from: string, to: string) => events.filter((r) => iso3(r) === c && inRole(r, "IS", "any_side") && dateOf(r) >= from && dateOf(r) <= to).length;
    // The total counts both countries over the days both cover: Syria's file its first to last event (any actor),
    // the Iraq file the whole GED 19.1 release it is, 1989 through 2018 as the release states.
    const span = (c: string) => events.filter((r) => iso3(r) === c).map(dateOf).sort();
    const [syr, irq] = [span("SYR"), ["1989-01-01", "2018-12-31"]];
    const pooled = (from: string, to: string) => {
      const lo = [from, syr[0]!, irq[0]!].sort().at(-1)!;
      const hi = [to, syr.at(-1)!, irq.at(-1)!].sort()[0]!;
      return isIn("SYR", lo, hi) + isIn("IRQ", lo, hi);
    };
    expect(cmp.rows.map((r) => [r.country, r.a.events, r.b.events])).toEqual([
      ["SYR", isIn("SYR", "2018-01-01", "2018-12-31"), isIn("SYR", "2016-01-01", "2017-12-31")],
      ["IRQ", isIn("IRQ", "2018-01-01", "2018-12-31"), isIn("IRQ", "2016-01-01", "2017-12-31")],
      ["ALL", pooled("2018-01-01", "2018-12-31"), pooled("2016-01-01", "2017-12-31")],
    ]);
    const series = await agree((s) => seriesInStore(s, { actorIds: ["is"], countries: ["IRQ"], start: "2013-01-01", end: "2014-12-31", by: "quarter", rule }));
    expect(series).toHaveLength(8);
    expect(series.map((p) => p.events)).toEqual(
      series.map((p) => events.filter((r) => iso3(r) === "IRQ" && inRole(r, "IS", "any_side") && bucketOf(dateOf(r), "quarter") === p.bucket).length),
    );
  });

  it("keeps the reported-figures ledger the same way, by id", async () => {
    const ledger = join(DEMO, "reported", "centcom_statements.csv");
    const figures = importLedger(ledger, bundledRegistry(), "is");
    expect(figures).toHaveLength(readCsvObjects(ledger).length);
    await agree((s) => s.addReported(figures), { added: figures.length, duplicates: 0 });
    await agree((s) => s.addReported([...figures, figures[0]!]), { added: 0, duplicates: figures.length + 1 });
    // Figures tie on (statement_date, issuer, measure), the ledger's order; compare them in id order.
    const byId = (xs: Awaited<ReturnType<Store["reported"]>>) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
    const all = await agree(async (s) => byId(await s.reported({})));
    expect(all.map((x) => x.id).sort()).toEqual(figures.map((x) => x.id).sort());
    const iraq2023 = await agree(async (s) => byId(await s.reported({ actorIds: ["is"], countries: ["IRQ"], start: "2023-01-01", end: "2023-12-31" })));
    expect(iraq2023.length).toBe(figures.filter((x) => x.countries.includes("IRQ") && x.period_end >= "2023-01-01" && x.period_start <= "2023-12-31").length);
  });

  it("adds nothing when a file is ingested again", async () => {
    const again = await Promise.all(loaded.map((l) => ingestFile(l.store, { file: IRAQ })));
    for (const a of again) expect(a).toMatchObject({ read: 7473, loaded: 0, duplicates: 7473, quarantined: 0 });
    await agree((s) => s.count({ filter: f({}) }), [{ events: events.length, deaths: events.reduce((a, r) => a + Number(r.best || 0), 0) }]);
  });

  it("keeps a GDELT export's events alike in every store, words and raw rows included", async () => {
    const file = join(DEMO, "gdelt", "20180101000000.export.CSV.gz");
    const pages = await Promise.all(
      kinds.map(async (kind) => {
        const { store, cleanup } = await kind.open();
        try {
          const s = await ingestFile(store, { file });
          expect(s.loaded).toBeGreaterThan(100);
          return await store.events(f({}), { limit: 100_000, offset: 0 });
        } finally {
          await cleanup();
        }
      }),
    );
    for (const [i, page] of pages.entries()) expect(page.map(comparable), kinds[i]!.name).toEqual(pages[0]!.map(comparable));
    // The words, as the file has them: the place is the action's full name, the source text the article's URL.
    const named = pages[0]!.filter((e) => e.place_name !== null);
    expect(named.length).toBeGreaterThan(100);
    for (const e of named) expect([e.place_name, e.source_text]).toEqual([e.raw.ActionGeo_FullName, e.raw.SOURCEURL]);
  });

  it("leaves the store exactly as it was when an ingest fails after inserting", async () => {
    await Promise.all(
      kinds.map(async (kind) => {
        let calls = 0;
        // A store reads its clock once while writing a batch: when it records the batch, after the events went in.
        const { store, cleanup } = await kind.open(() => {
          calls++;
          if (calls === 1) throw new Error("clock failure injected by the test");
          return new Date("2026-01-01T00:00:00Z");
        });
        try {
          // The bad-rows file: small, and it exercises events and rejects both being undone.
          await expect(ingestFile(store, { file: BAD }), kind.name).rejects.toThrow(/clock failure/);
          expect(calls).toBe(1);
          expect(await store.count({ filter: f({}) }), kind.name).toEqual([{ events: 0, deaths: 0 }]);
          expect(await store.batches()).toEqual([]);
          expect(await store.rejects()).toEqual([]);
        } finally {
          await cleanup();
        }
      }),
    );
  });
});
