/**
 * The load benchmark: autocannon on loopback for a bounded time against a store of synthetic GED events (about
 * 600k by default), with many clients at once (500 by default), each cycling through a mix of the dashboard's
 * questions (compare, series, events, map, detect over several actors, places and periods). The server sheds
 * load past its limit (503 with Retry-After, src/api/shed.ts); the targets: no request waits more than 5 s,
 * 0 errors other than those 503s. Only 127.0.0.1 is ever a target.
 *
 * The server runs in a child process of its own, so the clients' work is not counted in its latency.
 * Run alone: `node --import tsx bench/load.ts [--rows 600000] [--connections 500] [--seconds 20]`.
 */
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApp, startServer } from "../src/api/index.ts";
import { ingestFile } from "../src/ingest/index.ts";
import { DuckDBStore } from "../src/store/duckdb/index.ts";
import { syntheticGed } from "./synthetic.ts";

export interface LoadRow {
  events: number;
  seconds: number;
  connections: number;
  requests: number;
  requests_per_s: number;
  ok: number;
  shed_503: number;
  other_non_2xx: number;
  errors: number;
  p50_ms: number;
  p99_ms: number;
  /** The longest any client waited, as autocannon saw it. */
  max_ms: number;
  /** The longest the server took from a request's arrival to its answer. */
  server_max_ms: number;
}

/** The mix each client cycles through: distinct questions, so the answers are not one cached entry. */
export function loadPaths(): string[] {
  const paths: string[] = [];
  const actors = ["IS", "Taleban", "Al-Shabaab", "JNIM"];
  const places = ["SYR,IRQ", "AFG", "SOM", "MLI,NER,BFA"];
  for (const [i, actor] of actors.entries()) {
    const country = places[i]!;
    for (const year of [2005, 2012, 2019]) {
      paths.push(`/api/compare?actor=${actor}&country=${country}&period=${year}&vs=${year + 1}`);
      paths.push(`/api/series?actor=${actor}&country=${country}&period=${year - 3}..${year}&by=month`);
      paths.push(`/api/events?actor=${actor}&country=${country}&period=${year}&limit=100`);
    }
    paths.push(`/api/map?country=${country}&period=2015&max_points=2000`);
    paths.push(`/api/detect?actor=${actor}&country=${country}`);
  }
  return paths;
}

/** A store of `rows` synthetic events in `workDir`, built once and reused by later runs. */
export async function loadStore(workDir: string, rows: number, log: (s: string) => void): Promise<DuckDBStore> {
  const path = join(workDir, `load-${rows}.duckdb`);
  const fresh = !existsSync(path);
  const store = await DuckDBStore.open(path);
  if (fresh) {
    const csv = await syntheticGed(join(workDir, `ged-${rows}.csv`), rows);
    const t0 = performance.now();
    const s = await ingestFile(store, { file: csv });
    log(`load: ingested ${s.loaded.toLocaleString("en")} events in ${((performance.now() - t0) / 1000).toFixed(0)} s into ${path}`);
  }
  return store;
}

/** The server under test, in a process of its own so the clients' work does not count in its latency. */
async function serveStore(path: string): Promise<void> {
  const store = await DuckDBStore.open(path);
  const app = createApp({ store, config: { db: store.location, actorFiles: [], debug: false }, log: () => {} });
  // The server's own view: from a request reaching the app to its answer (autocannon's also holds the clients'
  // and the network's waits; on a loaded machine a few of its 500 sockets stall for a whole run even against
  // a server that answers every request at once).
  let slowest = 0;
  let answered = 0;
  const timed: typeof app.fetch = async (req, ...rest) => {
    const t0 = performance.now();
    const res = await app.fetch(req, ...rest);
    slowest = Math.max(slowest, performance.now() - t0);
    answered++;
    return res;
  };
  const server = await startServer({ ...app, fetch: timed }, { port: 0, host: "127.0.0.1" });
  console.log(JSON.stringify({ port: server.port }));
  process.once("SIGTERM", () => {
    console.log(JSON.stringify({ server_max_ms: Math.round(slowest), server_requests: answered }));
    process.exit(0);
  });
}

export async function runLoadBench(options: { workDir: string; rows?: number; seconds?: number; connections?: number; log?: (s: string) => void }): Promise<LoadRow> {
  const log = options.log ?? (() => {});
  const seconds = options.seconds ?? 20;
  const connections = options.connections ?? 500;
  mkdirSync(options.workDir, { recursive: true });
  const store = await loadStore(options.workDir, options.rows ?? 600_000, log);
  const events = (await store.coverage()).reduce((s, r) => s + Number(r.events), 0);
  const path = store.location;
  await store.close();
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve", path], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const { port } = JSON.parse(String((await lines.next()).value)) as { port: number };
    log(`load: ${events.toLocaleString("en")} events, ${connections} clients for ${seconds} s, ${loadPaths().length} questions`);
    const r = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: seconds,
      timeout: 30,
      requests: loadPaths().map((p) => ({ method: "GET", path: p })),
    });
    const codes = r.statusCodeStats ?? {};
    const shed = codes["503"]?.count ?? 0;
    child.kill("SIGTERM");
    const { server_max_ms } = JSON.parse(String((await lines.next()).value)) as { server_max_ms: number };
    return {
      events,
      seconds,
      connections,
      requests: r.requests.total,
      requests_per_s: r.requests.average,
      ok: r["2xx"],
      shed_503: shed,
      other_non_2xx: r.non2xx - shed,
      errors: r.errors + r.timeouts,
      p50_ms: r.latency.p50,
      p99_ms: r.latency.p99,
      max_ms: r.latency.max,
      server_max_ms,
    };
  } finally {
    child.kill("SIGTERM");
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const serve = process.argv.indexOf("--serve");
  if (serve >= 0) await serveStore(process.argv[serve + 1]!);
  else {
    const workDir = fileURLToPath(new URL("./.tmp", import.meta.url));
    const row = await runLoadBench({ workDir, rows: arg("rows", 600_000), seconds: arg("seconds", 20), connections: arg("connections", 500), log: (s) => console.error(s) });
    console.log(JSON.stringify(row, null, 2));
  }
}
