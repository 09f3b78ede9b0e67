/**
 * The API on the real demo data (the bundled UCDP files npm start loads), in-process: its numbers equal
 * the store functions the CLI prints, bad parameters are 400s that name the parameter, writes need the
 * token, pages are bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { CountingRule, compareInStore, seriesInStore } from "../analysis/counting/index.ts";
import { parsePeriod } from "../periods/index.ts";
import { countByYear, readCsvObjects, sideHas } from "../../test/helpers/plain-csv.ts";
import { IRAQ, ROOT, SYRIA } from "../../test/helpers/paths.ts";
import { demoStore, type DemoStore } from "../../test/e2e/helpers/demo-store.ts";
import { tempStore } from "../../test/helpers/store.ts";
import { createApp, type App } from "./index.ts";
import { runApiBench } from "./bench.ts";

const TOKEN = "test-token-0123456789abcdef";
let demo: DemoStore;
let app: App;

beforeAll(async () => {
  demo = await demoStore();
  app = createApp({ store: demo.store, config: { db: demo.dir, actorFiles: [], debug: false, apiToken: TOKEN }, log: () => {} });
});
afterAll(async () => demo.close());

/**
 * Tests that write (ingest, add a figure) get an empty store of their own, made on first use: a write to
 * the demo store would change the counts the read tests expect, depending on which test ran first.
 */
let scratch: Promise<{ app: App; close: () => Promise<void> }> | undefined;
function scratchApp(): Promise<App> {
  scratch ??= tempStore(() => new Date("2026-01-01T00:00:00Z")).then(({ store, dir }) => ({
    app: createApp({ store, config: { db: dir, actorFiles: [], debug: false, apiToken: TOKEN }, log: () => {} }),
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  }));
  return scratch.then((s) => s.app);
}
afterAll(async () => (await scratch)?.close());

const get = async (path: string) => {
  const res = await app.request(path);
  return { res, body: (await res.json()) as Record<string, unknown> & { error?: { message: string } } };
};

describe("GET /api/compare", () => {
  it("answers the numbers compareInStore (what the CLI prints) gives for IS in Syria and Iraq, 2017 vs 2018", async () => {
    const { res, body } = await get("/api/compare?actor=IS&country=SYR,IRQ&period=2017&vs=2018");
    expect(res.status).toBe(200);
    const direct = await compareInStore(demo.store, { actorIds: ["is"], countries: ["SYR", "IRQ"], a: parsePeriod("2017"), b: parsePeriod("2018"), rule: CountingRule.parse({}) });
    expect(JSON.parse(JSON.stringify(direct.rows))).toEqual(body.rows);
    const total = (body.rows as Array<{ country: string; a: { events: number }; b: { events: number } }>).at(-1)!;
    expect(total.country).toBe("ALL");
    expect(total.a.events).toBe(2853 + 564);
    // The total counts each country over the days both cover. Iraq's last event is on 2018-12-25, but the file is
    // the whole GED 19.1 release, which states it covers 1989 through 2018: both countries cover all of 2018.
    const syria2018 = readCsvObjects(SYRIA).filter((r) => sideHas(r, "IS") && r.date_start! >= "2018-01-01" && r.date_start! <= "2018-12-31").length;
    expect(syria2018).toBe(1025);
    expect(total.b.events).toBe(syria2018 + 176);
    expect((total as unknown as { b: { coverage: { coveredDays: number } } }).b.coverage.coveredDays).toBe(365);
  });

  it("pools only the countries with data in both periods: SYR+IRQ 2019 vs 2018 is Syria's 2019 against Syria's 2018", async () => {
    const { body } = await get("/api/compare?actor=IS&country=SYR,IRQ&period=2019&vs=2018");
    const total = (body.rows as Array<{ country: string; pooled: string[]; a: { events: number; coverage: { coveredDays: number } }; b: { events: number }; comparison: { rateRatio: number } | null }>).at(-1)!;
    const syria = countByYear(readCsvObjects(SYRIA), (r) => sideHas(r, "IS"));
    expect(syria.get("2019")).toBe(441);
    expect([total.pooled, total.a.events, total.b.events]).toEqual([["SYR"], 441, syria.get("2018")]);
    // Syria's file runs to 2019-11-30: 334 covered days.
    expect(total.a.coverage.coveredDays).toBe(334);
    expect(total.comparison?.rateRatio).toBeCloseTo((441 / 334) / (syria.get("2018")! / 365), 10);
    expect((body.notes as string[]).join(" ")).toMatch(/the total pools SYR only: IRQ has no data for one of the periods/);
  });

  it("gives the map, beside compare, compare's own total and why the map's differs: a country with no data for the other period", async () => {
    type MapBody = { total: number; compare: { pooled: string[]; left_out: string[]; events: number; note: string | null } | null };
    const compareTotal = async (q: string) => ((await get(`/api/compare?${q}`)).body.rows as Array<{ a: { events: number } }>).at(-1)!.a.events;
    // 2018 against 2019: Iraq's data end in 2018, so compare pools Syria only; the map shows both countries' 2018.
    const map = (await get("/api/map?actor=IS&country=SYR,IRQ&period=2018&vs=2019&max_points=10")).body as unknown as MapBody;
    expect(map.total).toBe(1025 + 176);
    expect(map.compare).toMatchObject({ pooled: ["SYR"], left_out: ["IRQ"], events: await compareTotal("actor=IS&country=SYR,IRQ&period=2018&vs=2019") });
    expect(map.compare!.events).toBe(1025);
    expect(map.compare!.note).toBe("The map counts every event in 2018 (1,201); compare's total counts 1,025: it pools SYR only, as IRQ has no data for one of the periods.");
    const nl = (await get("/api/map?actor=IS&country=SYR,IRQ&period=2018&vs=2019&max_points=10&lang=nl")).body as unknown as MapBody;
    expect(nl.compare!.note).toMatch(/^De kaart telt elke gebeurtenis in 2018 \(1\.201\); het totaal van de vergelijking telt er 1\.025/);
    // Both countries cover 2017 and 2018: the two totals agree and nothing needs saying.
    const same = (await get("/api/map?actor=IS&country=SYR,IRQ&period=2017&vs=2018&max_points=10")).body as unknown as MapBody;
    expect(same.compare).toMatchObject({ pooled: ["SYR", "IRQ"], left_out: [], events: same.total, note: null });
    expect(same.total).toBe(await compareTotal("actor=IS&country=SYR,IRQ&period=2017&vs=2018"));
    // Without vs the map says nothing about compare.
    expect(((await get("/api/map?actor=IS&country=SYR,IRQ&period=2018&max_points=10")).body as unknown as MapBody).compare).toBeNull();
  });

  it("counts a total over the days both countries cover when one country's data end inside the period", async () => {
    // Syria's data run to 2019-11-30, Iraq's (GED 19.1) to 2018-12-31: in 2018-06..2019-06 both cover 2018-06-01..2018-12-31.
    const { body } = await get("/api/compare?actor=IS&country=SYR,IRQ&period=2018-06..2019-06&vs=2017");
    const total = (body.rows as Array<{ country: string; a: { events: number; coverage: { coveredDays: number } } }>).at(-1)!;
    const inside = (file: string) => readCsvObjects(file).filter((r) => r.id !== "" && sideHas(r, "IS") && r.date_start! >= "2018-06-01" && r.date_start! <= "2018-12-31").length;
    expect(total.a.coverage.coveredDays).toBe(214);
    expect(total.a.events).toBe(inside(SYRIA) + inside(IRAQ));
    // Syria's own row counts its whole covered part of the period, so the total is not the sum of the rows here.
    const syria = (body.rows as Array<{ country: string; a: { events: number } }>).find((r) => r.country === "SYR")!;
    expect(syria.a.events).toBeGreaterThan(inside(SYRIA));
  });

  it("counts what an independent CSV reader counts", async () => {
    const { body } = await get("/api/compare?actor=Daesh&country=IRQ&period=2014&vs=2013");
    const plain = countByYear(readCsvObjects(IRAQ), (r) => sideHas(r, "IS"));
    const [row] = body.rows as Array<{ a: { events: number }; b: { events: number } }>;
    expect([row!.a.events, row!.b.events]).toEqual([plain.get("2014"), plain.get("2013")]);
  });

  it("writes the sentence in Dutch when asked", async () => {
    const { body } = await get("/api/compare?actor=IS&country=SYR&period=2017&vs=2018&lang=nl");
    const total = (body.rows as Array<{ comparison: { lang: string } }>)[0]!;
    expect(total.comparison.lang).toBe("nl");
  });

  it.each([
    ["/api/compare?country=SYR&period=2017&vs=2018", "actor"],
    ["/api/compare?actor=IS&period=2017", "vs"],
    ["/api/compare?actor=IS&period=2017-H3&vs=2018", "period"],
    ["/api/compare?actor=IS&country=Atlantis&period=2017&vs=2018", "country"],
    ["/api/compare?actor=IS&period=2017&vs=2018&role=boss", "role"],
    ["/api/compare?actor=IS&period=2017&vs=2018&violence=bombing", "violence"],
    ["/api/compare?actor=IS&period=2017&vs=2018&lang=fr", "lang"],
    ["/api/compare?actor=IS&period=2017&vs=2018&include_affiliates=yes", "include_affiliates"],
    ["/api/compare/counts?a=153&b=121@2023", "a"],
  ])("refuses %s with a 400 naming %s", async (path, param) => {
    const { res, body } = await get(path);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(body.error?.message).toContain(`"${param}"`);
  });

  it("does the seed's 153-vs-121 arithmetic on given figures", async () => {
    const { body } = await get("/api/compare/counts?a=153@2024-H1&b=121@2023");
    const c = body.comparison as { rateRatio: number; ci: { lower: number; upper: number } };
    expect(c.rateRatio.toFixed(2)).toBe("2.54");
    expect([c.ci.lower.toFixed(2), c.ci.upper.toFixed(2)]).toEqual(["1.98", "3.25"]);
  });
});

describe("GET /api/series", () => {
  it("answers seriesInStore's zero-filled months", async () => {
    const { body } = await get("/api/series?actor=IS&country=SYR&period=2016..2019&by=year");
    const direct = await seriesInStore(demo.store, { actorIds: ["is"], countries: ["SYR"], start: "2016-01-01", end: "2019-12-31", by: "year", rule: CountingRule.parse({}) });
    expect(body.series).toEqual(direct);
    expect((body.series as Array<{ events: number }>).map((p) => p.events)).toEqual([2153, 2853, 1025, 441]);
  });

  it("refuses a series of more than 1200 buckets", async () => {
    const { res, body } = await get("/api/series?period=1000..2019&by=month");
    expect(res.status).toBe(400);
    expect(body.error?.message).toContain('"period"');
  });
});

describe("GET /api/events", () => {
  it("pages through IS events in Iraq in 2014 with the total and the next offset", async () => {
    const { body } = await get("/api/events?actor=IS&country=IRQ&period=2014&limit=50&offset=100");
    expect(body.page).toEqual({ limit: 50, offset: 100, returned: 50, total: 796, next_offset: 150 });
    const events = body.events as Array<{ date_start: string; country_iso3: string; raw?: unknown }>;
    expect(events.every((e) => e.date_start.startsWith("2014") && e.country_iso3 === "IRQ" && e.raw === undefined)).toBe(true);
  });

  it("refuses a page larger than the maximum page size", async () => {
    const { res, body } = await get("/api/events?limit=1001");
    expect(res.status).toBe(400);
    expect(body.error?.message).toContain('"limit"');
  });

  it("refuses parameters it does not know", async () => {
    const { res, body } = await get("/api/events?actr=IS");
    expect(res.status).toBe(400);
    expect(body.error?.message).toContain('"actr"');
  });

  it("filters by admin1 and violence type", async () => {
    const { body } = await get("/api/events?country=SYR&admin1=Ar%20Raqqah%20Governorate&violence=one_sided&period=2017&limit=1000");
    const events = body.events as Array<{ admin1: string; violence_type: string }>;
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.admin1 === "Ar Raqqah Governorate" && e.violence_type === "one_sided")).toBe(true);
  });

  it("writes CSV with a header and one line per event, formulas defused", async () => {
    const res = await app.request("/api/events?actor=IS&country=SYR&period=2017-01&limit=20&format=csv");
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines[0]!.startsWith("id,dataset,")).toBe(true);
    expect(res.headers.get("x-total-count")).toBeDefined();
    expect(lines.length).toBeGreaterThan(1);
  });

  it("writes GeoJSON points longitude first", async () => {
    const res = await app.request("/api/events?actor=IS&country=SYR&period=2017-01&limit=5&format=geojson");
    const fc = (await res.json()) as { type: string; features: Array<{ geometry: { coordinates: [number, number] } }> };
    expect(fc.type).toBe("FeatureCollection");
    const [lon, lat] = fc.features[0]!.geometry.coordinates;
    expect(lon).toBeGreaterThan(35);
    expect(lat).toBeLessThan(38);
  });

  it("finds one event by id within its day, with its raw row", async () => {
    const { body } = await get("/api/events/ucdp-ged:219264?date=2016-01-01");
    expect((body.event as { side_b: string; raw: { source_office: string } }).raw.source_office).toBe("SOHR");
    expect((await get("/api/events/ucdp-ged:219264?date=2016-01-02")).res.status).toBe(404);
    expect((await get("/api/events/not-an-id?date=2016-01-02")).res.status).toBe(400);
  });

  it("on a GDELT day: finds an event past the day's first thousand, and names the map's other actors as the file writes them", async () => {
    const scratch = await scratchApp();
    const gdelt = join(ROOT, "data", "demo", "gdelt", "20180101000000.export.CSV.gz");
    expect((await scratch.request(`/api/ingest?filename=20180101000000.export.CSV.gz`, { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` }, body: readFileSync(gdelt) })).status).toBe(200);
    const page = (await (await scratch.request("/api/events?dataset=gdelt&period=2018-01-01..2018-01-01&limit=1&offset=1500")).json()) as { page: { total: number }; events: Array<{ id: string }> };
    expect(page.page.total).toBeGreaterThan(1500);
    const id = page.events[0]!.id;
    const res = await scratch.request(`/api/events/${encodeURIComponent(id)}?date=2018-01-01`);
    expect(res.status).toBe(200);
    const { event } = (await res.json()) as { event: { id: string; date_start: string; raw: Record<string, string> } };
    expect([event.id, event.date_start]).toEqual([id, "2018-01-01"]);
    // With its raw row from the file: a GDELT record, dated that day.
    expect(event.raw.SQLDATE).toBe("20180101");
    // The map's legend names actors the registry lacks as the file writes them (Actor1Name, Actor2Name), not by slug.
    const map = (await (await scratch.request("/api/map?dataset=gdelt&period=2018-01-01")).json()) as { legend: Array<{ id: string; name: string }> };
    const written = new Set(gunzipSync(readFileSync(gdelt)).toString("utf8").split("\n").flatMap((line) => line.split("\t").filter((_, i) => i === 6 || i === 16)));
    const unknown = map.legend.filter((l) => l.id !== "other" && !["is", "gov-united-states"].includes(l.id));
    expect(unknown.length).toBeGreaterThan(3);
    for (const l of unknown) expect(written).toContain(l.name);
    // GDELT codes reports, not tolls: its compare and series say it records no deaths; the demo's GED does.
    const cmp = (await (await scratch.request("/api/compare?actor=IS&dataset=gdelt&period=2018-01-01&vs=2017-12-31")).json()) as { deaths_recorded: boolean };
    expect(cmp.deaths_recorded).toBe(false);
    const series = (await (await scratch.request("/api/series?actor=IS&dataset=gdelt&period=2018-01-01&by=month")).json()) as { deaths_recorded: boolean };
    expect(series.deaths_recorded).toBe(false);
    expect(((await (await scratch.request("/api/compare?actor=IS&country=SYR&period=2017&vs=2016")).json()) as { deaths_recorded: boolean }).deaths_recorded).toBe(true);
  });
});

describe("GET /api/map", () => {
  it("samples evenly when more events match than it may draw, and says so", async () => {
    const { body } = await get("/api/map?country=SYR&period=2017&max_points=1000");
    expect(body.sampled).toBe(true);
    expect(body.shown).toBeLessThanOrEqual(1000);
    const months = new Set((body.points as Array<{ date: string }>).map((p) => p.date.slice(0, 7)));
    expect(months.size).toBe(12);
    expect((body.legend as Array<{ id: string }>).map((l) => l.id)).toContain("is");
  });
});

describe("GET /api/detect and /api/alerts", () => {
  it("finds the IS-in-Iraq regrouping: a long low after 2010, then a rise from 2013", async () => {
    const { res, body } = await get("/api/detect?actor=IS&country=IRQ&period=2004..2018");
    expect(res.status).toBe(200);
    const r = body.regrouping as { found: boolean; low: { start: string }; riseStart: string };
    expect(r.found).toBe(true);
    expect(r.riseStart.slice(0, 4)).toBe("2013");
    expect((body.months as string[]).length).toBe(180);
    const plain = countByYear(readCsvObjects(IRAQ), (row) => sideHas(row, "IS"));
    const expected = [...plain.entries()].filter(([y]) => y >= "2004" && y <= "2018").reduce((a, [, n]) => a + n, 0);
    expect((body.counts as number[]).reduce((a, b) => a + b, 0)).toBe(expected);
  });

  it("refuses a span the data do not cover", async () => {
    const { res } = await get("/api/detect?actor=IS&country=IRQ&period=2030");
    expect(res.status).toBe(400);
  });

  it("scans every actor with enough events in the places and lists them all on request", async () => {
    const { res, body } = await get("/api/alerts?country=IRQ&all=true&limit=100");
    expect(res.status).toBe(200);
    const alerts = body.alerts as Array<{ actor_id: string; country: string }>;
    expect(body.scanned).toBe(alerts.length);
    expect(alerts.some((a) => a.actor_id === "is" && a.country === "IRQ")).toBe(true);
  });

  it("answers detect and alerts without a country: every country where the actor has events, each covered", async () => {
    const detect = await get("/api/detect?actor=IS");
    expect(detect.res.status).toBe(200);
    expect(detect.body.places).toEqual(["IRQ", "SYR"]);
    // Both demo files cover 2016-01 (Syria's first month) to 2018-12 (Iraq's last).
    const months = detect.body.months as string[];
    expect([months[0], months.at(-1)]).toEqual(["2016-01", "2018-12"]);
    const named = await get("/api/detect?actor=IS&country=IRQ,SYR");
    expect(named.body.counts).toEqual(detect.body.counts);
    const alerts = await get("/api/alerts");
    expect(alerts.res.status).toBe(200);
    expect(alerts.body.scanned).toBeGreaterThan(0);
  });
});

describe("POST /api/claims/check", () => {
  it("reads the seed article's two counts, with their spans, periods and places", async () => {
    const text = "IS pleegde in de eerste zes maanden van dit jaar al 153 aanslagen in Syrië en Irak. Vorig jaar waren dat er 121 in totaal.";
    const res = await app.request("/api/claims/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, published: "2024-07" }) });
    const checked = (await res.json()) as { claims: Array<{ claim: { quantity: number; span: [number, number]; period_start: string; countries: string[] } }> };
    const claims = checked.claims.map((k) => k.claim);
    expect(claims.map((c) => c.quantity)).toEqual([153, 121]);
    expect(text.slice(...claims[0]!.span)).toContain("153");
    expect(claims.map((c) => c.period_start)).toEqual(["2024-01-01", "2023-01-01"]);
    expect(claims[0]!.countries.sort()).toEqual(["IRQ", "SYR"]);
  });

  it("writes the verdicts in the reader's language, not the article's, when reader_lang asks", async () => {
    const text = "IS pleegde in de eerste zes maanden van dit jaar al 153 aanslagen in Syrië en Irak. Vorig jaar waren dat er 121 in totaal.";
    const ask = async (extra: object) =>
      (await (await app.request("/api/claims/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, published: "2024-07", ...extra }) })).json()) as {
        lang: string;
        messageLang: string;
        claims: Array<{ verdict: string; summary: string; evidence: Array<{ text: string }> }>;
      };
    const dutch = await ask({});
    const english = await ask({ reader_lang: "en" });
    expect([dutch.lang, dutch.messageLang, english.lang, english.messageLang]).toEqual(["nl", "nl", "nl", "en"]);
    expect(english.claims.map((c) => c.verdict)).toEqual(dutch.claims.map((c) => c.verdict));
    expect(english.claims[1]!.summary).toContain("A source that counts the same thing for the same period and places gives the same figure.");
    expect(dutch.claims[1]!.summary).not.toContain("A source that counts");
  });

  it("takes a publication date written the Dutch way, DD-MM-YYYY", async () => {
    const text = "IS pleegde in de eerste zes maanden van dit jaar al 153 aanslagen in Syrië en Irak. Vorig jaar waren dat er 121 in totaal.";
    const res = await app.request("/api/claims/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, published: "17-07-2024" }) });
    const checked = (await res.json()) as { published: string; claims: Array<{ claim: { period_start: string } }> };
    expect(checked.published).toBe("2024-07-17");
    expect(checked.claims.map((k) => k.claim.period_start)).toEqual(["2024-01-01", "2023-01-01"]);
  });

  it("checks each claim against the ledger: the 121 of 2023 is what the official said", async () => {
    const text = "IS pleegde in de eerste zes maanden van dit jaar al 153 aanslagen in Syrië en Irak. Vorig jaar waren dat er 121 in totaal.";
    const res = await app.request("/api/claims/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, published: "2024-07" }) });
    const { claims: checks } = (await res.json()) as { claims: Array<{ verdict: string; evidence: Array<{ kind: string }> }> };
    expect(checks).toHaveLength(2);
    expect(checks[1]!.verdict).toBe("consistent");
    expect(checks.every((c) => c.evidence.length > 0)).toBe(true);
  });
});

describe("GET /api/reconcile and /api/reported", () => {
  it("puts the dataset's count for the question beside the reported figures", async () => {
    const { body } = await get("/api/reconcile?actor=IS&country=SYR,IRQ&period=2017");
    const [ucdp] = body.datasets as Array<{ dataset: string; events: number }>;
    expect(ucdp).toMatchObject({ dataset: "ucdp-ged", events: 2853 + 564 });
    expect(Array.isArray(body.explanation)).toBe(true);
  });

  it("refuses to add a figure without the token", async () => {
    const res = await app.request("/api/reported", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(res.status).toBe(401);
  });

  it("adds a figure with the token and finds it again", async () => {
    const figure = { issuer: "Test desk", date: "2024-07-16", period: "2024-H1", country: ["SYR", "IRQ"], actor: "IS", measure: "claimed_attacks", value: 153 };
    const scratch = await scratchApp();
    const res = await scratch.request("/api/reported", { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${TOKEN}` }, body: JSON.stringify(figure) });
    expect(res.status).toBe(200);
    const body = (await (await scratch.request("/api/reported?actor=IS&period=2024-H1")).json()) as Record<string, unknown>;
    expect((body.figures as Array<{ issuer: string; value: number }>).some((f) => f.issuer === "Test desk" && f.value === 153)).toBe(true);
  });
});

describe("GET /api/brief", () => {
  it("serves the HTML briefing under a CSP that allows only its own style, by hash", async () => {
    const res = await app.request("/api/brief?actor=IS&country=IRQ&period=2014&vs=2013&format=html");
    expect(res.headers.get("content-security-policy")).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(res.headers.get("content-security-policy")).not.toContain("unsafe-inline");
    expect(await res.text()).toContain("<svg");
  });
});

describe("runApiBench", () => {
  it("answers one row per endpoint with its status and latency quantiles", async () => {
    const rows = await runApiBench({ store: demo.store, n: 3, requests: ["/api/health", "/api/compare?actor=IS&country=IRQ&period=2014&vs=2013"] });
    expect(rows.map((r) => [r.endpoint.split("?")[0], r.status, r.requests])).toEqual([["/api/health", 200, 3], ["/api/compare", 200, 3]]);
    expect(rows.every((r) => r.p50_ms <= r.p99_ms)).toBe(true);
  });
});

describe("writes", () => {
  const upload = async (headers: HeadersInit) =>
    (await scratchApp()).request("/api/ingest?filename=xss-ged191.csv", { method: "POST", headers, body: readFileSync(join(ROOT, "test/e2e/fixtures/xss-ged191.csv")) });

  it("refuses ingest without a token, and with a wrong one, with 401", async () => {
    const attempts: HeadersInit[] = [{}, { Authorization: "Bearer wrong-token-0123456789" }, { Authorization: TOKEN }];
    for (const headers of attempts) {
      const res = await upload(headers);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("refuses every write when no token is configured", async () => {
    const open = createApp({ store: demo.store, config: { db: demo.dir, actorFiles: [], debug: false }, log: () => {} });
    const res = await open.request("/api/ingest?filename=a.csv", { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` }, body: "x" });
    expect(res.status).toBe(401);
  });

  it("ingests a file with the token and answers the accounting line", async () => {
    const res = await upload({ Authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    const { summary } = (await res.json()) as { summary: { read: number; loaded: number; duplicates: number; quarantined: number } };
    expect(summary.read).toBe(summary.loaded + summary.duplicates + summary.quarantined);
    expect(summary.read).toBe(1);
  });

  it("records the days an upload declares with covers=, and refuses a covers that is not a period with 400", async () => {
    const { store, dir } = await tempStore(() => new Date("2026-01-01T00:00:00Z"));
    try {
      const app = createApp({ store, config: { db: dir, actorFiles: [], debug: false, apiToken: TOKEN }, log: () => {} });
      const send = (covers: string) =>
        app.request(`/api/ingest?filename=xss-ged191.csv&covers=${covers}`, { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` }, body: readFileSync(join(ROOT, "test/e2e/fixtures/xss-ged191.csv")) });
      expect((await send("last-year")).status).toBe(400);
      expect((await send("2017")).status).toBe(200);
      const { coverage } = (await (await app.request("/api/coverage")).json()) as { coverage: Array<{ spans: Array<{ first: string; last: string; declared: boolean }> }> };
      expect(coverage.map((c) => c.spans.map(({ first, last, declared }) => ({ first, last, declared })))).toEqual([[{ first: "2017-01-01", last: "2017-12-31", declared: true }]]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps an upload's rows in Parquet with raw=parquet, and refuses another raw with 400", async () => {
    const { store, dir } = await tempStore();
    try {
      const app = createApp({ store, config: { db: dir, actorFiles: [], debug: false, apiToken: TOKEN }, log: () => {} });
      const body = readFileSync(join(ROOT, "test/e2e/fixtures/xss-ged191.csv"));
      const send = (query: string) => app.request(`/api/ingest?filename=xss-ged191.csv${query}`, { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` }, body });
      expect((await send("&raw=json")).status).toBe(400);
      expect((await send("&raw=parquet")).status).toBe(200);
      // Without raw=, a plain file is kept as sent (ingest-file.test.ts).
      expect(readdirSync(join(dir, "test.duckdb.raw")).map((f) => f.replace(/^.*?\./, "."))).toEqual([".parquet"]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses an upload larger than the limit with 413", async () => {
    const small = createApp({ store: demo.store, config: { db: demo.dir, actorFiles: [], debug: false, apiToken: TOKEN }, limits: { maxUploadBytes: 100 }, log: () => {} });
    const res = await small.request("/api/ingest?filename=big.csv", { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` }, body: "x".repeat(1000) });
    expect(res.status).toBe(413);
  });
});
