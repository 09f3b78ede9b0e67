/**
 * One question, one answer: every question asked through the CLI (`--json`) and through the API on the demo
 * store, over a grid of inputs (each actor with at least 50 events, with and without countries, several
 * periods and counting rules), must give the identical answer, or the same refusal. A surface that computed
 * anything of its own (a span, a pooling, a default, a citation) would differ here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/api/index.ts";
import { main } from "../../src/cli/main.ts";
import * as questions from "../../src/questions/index.ts";
import { EventFilter } from "../../src/store/index.ts";
import { demoStore, type DemoStore } from "../e2e/helpers/demo-store.ts";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const NOW = new Date("2026-12-01T00:00:00Z");
let demo: DemoStore;
let app: App;
let actors: string[];

beforeAll(async () => {
  demo = await demoStore();
  // The answers are compared, not the server's patience: on a busy test machine an answer may take longer than a
  // request waits in production (load shedding is tested in src/api/shed.test.ts).
  const limits = { maxWaitMs: 120_000, maxQueueMs: 120_000 };
  app = createApp({ store: demo.store, config: { db: demo.dir, actorFiles: [], debug: false }, now: () => NOW, log: () => {}, limits });
  const rows = await demo.store.actorCounts(EventFilter.parse({}));
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.actor_id, (totals.get(r.actor_id) ?? 0) + r.events);
  actors = [...totals].filter(([, n]) => n >= 50).map(([id]) => id).sort();
}, 180_000);

afterAll(async () => demo?.close());

/** Each route's question, so every answer is also held to the output schema the OpenAPI document publishes. */
const OUTPUT: Record<string, questions.Question> = {
  "/api/compare": questions.compareQuestion,
  "/api/compare/counts": questions.compareCountsQuestion,
  "/api/detect": questions.detectQuestion,
  "/api/alerts": questions.alertsQuestion,
  "/api/forecast": questions.forecastQuestion,
  "/api/series": questions.seriesQuestion,
  "/api/map": questions.mapQuestion,
  "/api/events": questions.eventsQuestion,
  "/api/reconcile": questions.reconcileQuestion,
  "/api/reported": questions.reportedQuestion,
  "/api/status": questions.statusQuestion,
  "/api/actors": questions.actorsQuestion,
  "/api/brief": questions.briefQuestion,
  "/api/claims/extract": questions.claimsQuestion,
  "/api/claims/check": questions.checkQuestion,
};

type Outcome = { ok: true; answer: unknown } | { ok: false; message: string };

async function viaCli(args: string[]): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "resurgence", ...args, "--json"], {
    env: {},
    store: demo.store,
    io: { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => NOW, stdin: async () => "" },
  });
  if (code === 0) return { ok: true, answer: JSON.parse(out.join("\n")) };
  expect(code, err.join("\n")).toBe(2);
  return { ok: false, message: err.join("\n") };
}

async function viaApi(path: string, params: Record<string, string>, body?: unknown): Promise<Outcome> {
  const qs = new URLSearchParams(params).toString();
  const res = body === undefined ? await app.request(`${path}${qs ? `?${qs}` : ""}`) : await app.request(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const json = (await res.json()) as { error?: { message: string } };
  if (res.status === 200) {
    const parsed = OUTPUT[path]!.output.safeParse(json);
    expect(parsed.success, `${path}: ${parsed.error?.message}`).toBe(true);
    return { ok: true, answer: json };
  }
  expect(res.status, JSON.stringify(json)).toBe(400);
  return { ok: false, message: json.error!.message };
}

/** CLI flags for the same parameters: `max_date_precision=day` → `--max-date-precision day`; `true` → a bare flag. */
function flags(params: Record<string, string>): string[] {
  return Object.entries(params).flatMap(([k, v]) => (v === "true" ? [`--${k.replace(/_/g, "-")}`] : [`--${k.replace(/_/g, "-")}`, v]));
}

async function same(command: string[], path: string, params: Record<string, string>): Promise<Outcome> {
  const [cli, api] = await Promise.all([viaCli([...command, ...flags(params)]), viaApi(path, params)]);
  expect(cli.ok, `${command.join(" ")} ${JSON.stringify(params)}: ${cli.ok ? "" : cli.message}`).toBe(api.ok);
  if (cli.ok && api.ok) expect(cli.answer, `${command.join(" ")} ${JSON.stringify(params)}`).toEqual(api.answer);
  if (!cli.ok && !api.ok) expect(cli.message).toContain(api.message.replace(/^query parameter "([a-z_]+)"/, (_m, k: string) => `--${k.replace(/_/g, "-")}`).split(": ").slice(-1)[0]);
  return cli;
}

const RULES: Array<Record<string, string>> = [{}, { role: "side_a", max_date_precision: "month" }, { violence: "one_sided,state_based", include_affiliates: "true" }];
const PLACES: Array<Record<string, string>> = [{}, { country: "SYR,IRQ" }, { country: "IRQ" }];
const PAIRS: Array<[string, string]> = [["2017", "2018"], ["2024-H1", "2023"], ["2014-Q3", "2013-07..2014-06"]];

describe("every surface gives the same answer", () => {
  it("finds the demo store's actors with at least 50 events", () => {
    expect(actors).toContain("is");
    expect(actors.length).toBeGreaterThan(5);
  });

  it("compare, for every such actor, with and without countries, periods and counting rules", async () => {
    let answered = 0;
    for (const actor of actors)
      for (const place of PLACES)
        for (const [i, [period, vs]] of PAIRS.entries()) {
          const rule = RULES[(actors.indexOf(actor) + i) % RULES.length]!;
          const r = await same(["compare"], "/api/compare", { actor, ...place, period, vs, ...rule });
          if (r.ok) answered++;
        }
    expect(answered).toBeGreaterThan(actors.length * 3);
  }, 300_000);

  it("compare --counts, on the seed's figures and on the case where test and interval once disagreed", async () => {
    for (const [a, b] of [["153@2024-H1", "121@2023"], ["10@2024-H1", "7@2023"], ["0@2024-Q1", "0@2023"]] as const) {
      const [cli, api] = await Promise.all([viaCli(["compare", "--counts", a, b]), viaApi("/api/compare/counts", { a, b })]);
      expect(cli).toEqual(api);
    }
  });

  it("detect, for every such actor, with and without countries, and with a period", async () => {
    let answered = 0;
    for (const actor of actors)
      for (const place of [{}, { country: "IRQ" }, { country: "SYR", period: "2016..2017" }] as Array<Record<string, string>>) {
        const r = await same(["detect"], "/api/detect", { actor, ...place });
        if (r.ok) answered++;
      }
    expect(answered).toBeGreaterThan(actors.length);
  }, 300_000);

  it("forecast, for every such actor, with and without countries, a horizon, a period and counting rules", async () => {
    let answered = 0;
    for (const actor of actors)
      for (const params of [{}, { country: "IRQ", horizon: "3" }, { country: "SYR", period: "2016..2018", horizon: "12", role: "side_a" }] as Array<Record<string, string>>) {
        const r = await same(["forecast"], "/api/forecast", { actor, ...params });
        if (r.ok) answered++;
      }
    expect(answered).toBeGreaterThan(actors.length);
    for (const horizon of ["0", "25", "six"]) expect((await same(["forecast"], "/api/forecast", { actor: "IS", horizon })).ok).toBe(false);
  }, 300_000);

  it("alerts, with and without countries and counting rules", async () => {
    for (const params of [{}, { country: "IRQ", recent: "6" }, { all: "true", min_events: "100", limit: "5" }, { role: "side_b" }] as Array<Record<string, string>>) await same(["alerts"], "/api/alerts", params);
  }, 300_000);

  it("series, map and events", async () => {
    for (const actor of actors.slice(0, 6))
      for (const place of PLACES) {
        await same(["series"], "/api/series", { actor, ...place, period: "2014..2018", by: "quarter" });
        await same(["map"], "/api/map", { actor, ...place, period: "2017", max_points: "300" });
        await same(["events"], "/api/events", { actor, ...place, period: "2017-H2", limit: "20", offset: "5" });
      }
    await same(["map"], "/api/map", { period: "2018" });
  }, 300_000);

  it("reconcile, reported figures, status and active actors", async () => {
    for (const params of [{ actor: "IS", country: "SYR,IRQ", period: "2024-H1" }, { actor: "IS", country: "SYR,IRQ", period: "2017", pairs: "true" }, { actor: "Daesh", period: "2023" }] as Array<Record<string, string>>) await same(["reconcile"], "/api/reconcile", params);
    for (const params of [{}, { actor: "IS" }, { actor: "IS", country: "SYR", period: "2024" }] as Array<Record<string, string>>) await same(["reported", "list"], "/api/reported", params);
    await same(["status"], "/api/status", {});
    await same(["actors", "active"], "/api/actors", { country: "IRQ", limit: "20" });
  }, 300_000);

  it("brief, in English and Dutch", async () => {
    for (const params of [{ actor: "IS", country: "SYR,IRQ", period: "2017", vs: "2018" }, { actor: "IS", country: "SYR,IRQ", period: "2024-H1", vs: "2023", lang: "nl" }] as Array<Record<string, string>>) await same(["brief"], "/api/brief", params);
  }, 300_000);

  it("claims and check on a news text", async () => {
    const text = "IS pleegde in de eerste zes maanden van dit jaar al 153 aanslagen in Syrië en Irak. Vorig jaar waren dat er 121 in totaal.";
    const file = join(mkdtempSync(join(tmpdir(), "surfaces-")), "article.txt");
    writeFileSync(file, text);
    for (const [command, path] of [[["claims", "extract"], "/api/claims/extract"], [["check"], "/api/claims/check"]] as const) {
      const [cli, api] = await Promise.all([viaCli([...command, file, "--published", "2024-07"]), viaApi(path, {}, { text, published: "2024-07" })]);
      expect(cli.ok).toBe(true);
      expect(cli).toEqual(api);
    }
  });

  it("refuses the same bad input the same way", async () => {
    for (const params of [{ actor: "IS", period: "2017", vs: "2018", dataset: "acleed" }, { actor: "IS", period: "2017", vs: "2018", dataset: "" }, { actor: "IS", period: "2017-13", vs: "2018" }, { actor: "IS", period: "2017", vs: "2018", role: "victim" }] as Array<Record<string, string>>) {
      const r = await same(["compare"], "/api/compare", params);
      expect(r.ok).toBe(false);
    }
    expect((await same(["series"], "/api/series", { period: "1000..2019", by: "month" })).ok).toBe(false);
  });
});
