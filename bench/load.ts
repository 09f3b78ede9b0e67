/**
 * The load benchmark: autocannon against /api/compare and /api/series on loopback for a bounded time, over a
 * store holding the bundled demo data. Requests/s, p50/p99 latency and errors; targets 0 errors, p99 < 50 ms.
 * Only 127.0.0.1 is ever a target.
 */
import autocannon from "autocannon";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp, startServer } from "../src/api/index.ts";
import { DEMO_FILES, DEMO_LEDGER } from "../src/cli/commands/demo.ts";
import { bundledRegistry } from "../src/actors/index.ts";
import { importLedger } from "../src/reported/index.ts";
import { DuckDBStore } from "../src/store/duckdb/index.ts";
import { ingestFile } from "../src/ingest/index.ts";

export interface LoadRow {
  path: string;
  seconds: number;
  connections: number;
  requests_per_s: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
  non_2xx: number;
}

export const LOAD_PATHS = [
  "/api/compare?actor=IS&country=SYR,IRQ&period=2017&vs=2018",
  "/api/series?actor=IS&country=SYR,IRQ&period=2016..2018&by=month",
];

export async function runLoadBench(options: { seconds?: number; connections?: number; log?: (s: string) => void } = {}): Promise<LoadRow[]> {
  const seconds = options.seconds ?? 30;
  const connections = options.connections ?? 10;
  const store = await DuckDBStore.open(join(mkdtempSync(join(tmpdir(), "load-")), "load.duckdb"));
  for (const file of DEMO_FILES) await ingestFile(store, { file });
  await store.addReported(importLedger(DEMO_LEDGER, bundledRegistry(), "is"));
  const app = createApp({ store, config: { db: store.location, actorFiles: [], debug: false } });
  const server = await startServer(app, { port: 0, host: "127.0.0.1" });
  const rows: LoadRow[] = [];
  try {
    for (const path of LOAD_PATHS) {
      options.log?.(`load: ${path} for ${seconds} s with ${connections} connections`);
      const r = await autocannon({ url: `http://127.0.0.1:${server.port}${path}`, connections, duration: seconds });
      rows.push({
        path,
        seconds,
        connections,
        requests_per_s: r.requests.average,
        p50_ms: r.latency.p50,
        p99_ms: r.latency.p99,
        errors: r.errors + r.timeouts,
        non_2xx: r.non2xx,
      });
    }
  } finally {
    await server.close();
    await store.close();
  }
  return rows;
}
