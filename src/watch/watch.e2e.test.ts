/**
 * End to end: a local UCDP API replay serves IS events in Iraq; `resurgence watch --once` syncs them, runs
 * detection and notifies. Quiet months send nothing; new months with a surge send exactly one signed webhook
 * and one e-mail and add one Atom entry a feed parser reads; the same data again send nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFeed } from "@rowanmanning/feed-parser";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../api/index.ts";
import { main } from "../cli/main.ts";
import { startReplayServer, type Recording, type ReplayServer } from "../sources/ucdp-api/testing/replay-server.ts";
import { DuckDBStore } from "../store/duckdb/index.ts";
import { startSmtpSink, type SmtpSink } from "./testing/smtp-sink.ts";
import { verifySignature } from "./webhook.ts";

const TOKEN = "watch-test-token";
const SECRET = "a-long-shared-secret-for-the-test";

/** One UCDP API record of IS against civilians in Baghdad on `day`. */
function event(id: number, day: string): Record<string, unknown> {
  return {
    id, relid: `IRQ-${day.slice(0, 4)}-3-1076-${id}`, year: Number(day.slice(0, 4)), active_year: 1, code_status: "Clear", type_of_violence: 3,
    conflict_dset_id: 234, conflict_new_id: 506, conflict_name: "IS - Civilians", dyad_dset_id: 234, dyad_new_id: 973, dyad_name: "IS - Civilians",
    side_a_dset_id: 234, side_a_new_id: 234, side_a: "IS", side_b_dset_id: 9999, side_b_new_id: 1, side_b: "Civilians", number_of_sources: 1,
    source_article: "test", source_office: "", source_date: "", source_headline: "", source_original: "test", where_prec: 1,
    where_coordinates: "Baghdad city", where_description: "Baghdad", adm_1: "Baghdād province", adm_2: "", latitude: 33.34, longitude: 44.4,
    geom_wkt: "POINT (44.4 33.34)", priogrid_gid: 178289, country: "Iraq", country_id: 645, region: "Middle East", event_clarity: 1, date_prec: 1,
    date_start: `${day}T00:00:00`, date_end: `${day}T00:00:00`, deaths_a: 0, deaths_b: 0, deaths_civilians: 1, deaths_unknown: 0, best: 1, high: 1, low: 1, gwnoa: "", gwnob: "",
  };
}

/** 2020-01 to 2024-12 at 3–7 events a month; with `surge`, 2025-01 to 2025-03 at 40 a month. */
function events(surge: boolean): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const months = surge ? 63 : 60;
  for (let m = 0; m < months; m++) {
    const month = `${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
    const n = m >= 60 ? 40 : 3 + ((m * 7) % 5);
    for (let k = 0; k < n; k++) out.push(event(900000 + m * 100 + k, `${month}-${String(1 + k % 28).padStart(2, "0")}`));
  }
  return out;
}

function page(records: Array<Record<string, unknown>>): string {
  return JSON.stringify({ TotalCount: records.length, TotalPages: 1, PreviousPageUrl: "", NextPageUrl: "", Result: records });
}

const recording: Recording = { pageSize: 1000, query: { Country: "645", StartDate: "2020-01-01" }, versions: new Map([["25.1", [page(events(false))]]]) };

let ucdp: ReplayServer;
let smtp: SmtpSink;
let hook: Server;
let hookUrl: string;
const posts: Array<{ body: string; signature: string }> = [];
const dir = mkdtempSync(join(tmpdir(), "watch-e2e-"));
const db = join(dir, "store.duckdb");
const config = join(dir, "watch.json");

beforeAll(async () => {
  ucdp = await startReplayServer(recording, TOKEN);
  smtp = await startSmtpSink();
  hook = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      posts.push({ body, signature: String(req.headers["x-resurgence-signature"] ?? "") });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => hook.listen(0, "127.0.0.1", r));
  hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  writeFileSync(
    config,
    JSON.stringify({
      schedule: "*/15 * * * *",
      lang: "nl",
      dashboard: "http://127.0.0.1:8080/",
      sources: [{ kind: "ucdp", version: "25.1", country: "645", from: "2020-01-01", base_url: ucdp.url }],
      watch: [{ actor: "IS", country: "IRQ" }],
      webhook: { url: hookUrl },
      email: { host: "127.0.0.1", port: smtp.port, from: "watch@example.org", to: ["desk@example.org"] },
    }),
  );
});

afterAll(async () => {
  await ucdp?.close();
  await smtp?.close();
  await new Promise((r) => hook?.close(r));
});

async function watchOnce(now: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "resurgence", "--db", db, "watch", "--once", "--config", config, "--json"], {
    env: { UCDP_ACCESS_TOKEN: TOKEN, RESURGENCE_WEBHOOK_SECRET: SECRET },
    io: { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => new Date(now), stdin: async () => "" },
  });
  return { code, out, err };
}

async function feed(): Promise<ReturnType<typeof parseFeed>> {
  const store = await DuckDBStore.open(db);
  try {
    const app = createApp({ store, config: { db, actorFiles: [], debug: false }, log: () => {} });
    const res = await app.request("/api/alerts.atom?lang=nl");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/atom+xml");
    return parseFeed(await res.text());
  } finally {
    await store.close();
  }
}

describe("resurgence watch", () => {
  it("sends nothing while the months are quiet", async () => {
    const r = await watchOnce("2025-01-10T06:00:00Z");
    expect(r.code, r.err.join("\n")).toBe(0);
    const run = JSON.parse(r.out.join("\n")) as { sent: unknown[]; synced: Array<{ loaded: number }> };
    expect(run.synced[0]!.loaded).toBeGreaterThan(250);
    expect(run.sent).toEqual([]);
    expect(posts).toHaveLength(0);
    expect(smtp.messages).toHaveLength(0);
    expect((await feed()).items).toHaveLength(0);
  });

  it("sends one signed webhook and one e-mail and adds one feed entry when new months bring a surge", async () => {
    recording.versions.set("25.1", [page(events(true))]);
    const r = await watchOnce("2025-04-10T06:00:00Z");
    expect(r.code, r.err.join("\n")).toBe(0);
    expect(posts).toHaveLength(1);
    expect(verifySignature(posts[0]!.body, posts[0]!.signature, SECRET)).toBe(true);
    expect(verifySignature(posts[0]!.body, posts[0]!.signature, "another-secret")).toBe(false);
    const body = JSON.parse(posts[0]!.body) as { type: string; notice: { kind: string; month: string; counts: number[]; ratio: number; rule_text: string; link: string }; subject: string };
    expect(body.type).toBe("resurgence.alarm");
    expect(body.notice.month).toBe("2025-01");
    expect(body.notice.counts.slice(-3)).toEqual([40, 40, 40]);
    expect(body.notice.ratio).toBeGreaterThan(4);
    expect(body.notice.rule_text).toMatch(/UCDP/);
    expect(body.notice.link).toBe("http://127.0.0.1:8080/?actor=Islamic+State&country=IRQ&lang=nl");
    expect(body.subject).toBe("Alarm: Islamic State neemt toe in IRQ sinds januari 2025");

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.to).toEqual(["desk@example.org"]);
    expect(mail.data).toMatch(/Subject: Alarm: Islamic State neemt toe in IRQ sinds januari 2025/);
    expect(mail.data).toMatch(/Telregel/);

    const f = await feed();
    expect(f.items).toHaveLength(1);
    expect(f.items[0]!.title).toBe("Alarm: Islamic State neemt toe in IRQ sinds januari 2025");
    expect(f.items[0]!.url).toBe("http://127.0.0.1:8080/?actor=Islamic+State&country=IRQ&lang=nl");
  });

  it("sends nothing more on a second run over the same data", async () => {
    const r = await watchOnce("2025-04-10T06:15:00Z");
    expect(r.code, r.err.join("\n")).toBe(0);
    expect(posts).toHaveLength(1);
    expect(smtp.messages).toHaveLength(1);
    expect((await feed()).items).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, "watch-state.json"), "utf8")).sent).toHaveLength(1);
  });
});
