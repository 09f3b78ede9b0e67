/**
 * Speed entries for `npm run bench`: per-endpoint latency of the API (p50/p99 over N sequential requests,
 * in-process through app.request, so the numbers are the server's own work without a network), and the
 * dashboard bundle's gzipped size.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Config } from "../config.ts";
import type { Store } from "../store/index.ts";
import { createApp } from "./app.ts";

export interface ApiBenchRow {
  endpoint: string;
  requests: number;
  p50_ms: number;
  p99_ms: number;
  status: number;
}

/** The requests measured: the dashboard's own, on the demo question. */
export const BENCH_REQUESTS = [
  "/api/health",
  "/api/compare?actor=IS&country=SYR,IRQ&period=2017&vs=2018",
  "/api/series?actor=IS&country=SYR,IRQ&period=2016..2018&by=month",
  "/api/events?actor=IS&country=IRQ&period=2014&limit=100",
  "/api/events?actor=IS&country=IRQ&period=2014&limit=1000&format=csv",
  "/api/map?country=SYR,IRQ&period=2017&max_points=2000",
  "/api/detect?actor=IS&country=IRQ",
  "/api/reconcile?actor=IS&country=SYR,IRQ&period=2017",
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/**
 * Measures each endpoint with `n` sequential requests after one warm-up. The map's cache is what a user
 * meets on a second look; the first (uncached) request is the warm-up.
 */
export async function runApiBench(deps: { store: Store; config?: Config; n?: number; requests?: string[] }): Promise<ApiBenchRow[]> {
  const app = createApp({ store: deps.store, config: deps.config ?? { db: "bench", actorFiles: [], debug: false }, log: () => {} });
  const n = deps.n ?? 20;
  const rows: ApiBenchRow[] = [];
  for (const endpoint of deps.requests ?? BENCH_REQUESTS) {
    let status = (await app.request(endpoint)).status;
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const res = await app.request(endpoint);
      await res.arrayBuffer();
      times.push(performance.now() - t0);
      status = res.status;
    }
    times.sort((a, b) => a - b);
    rows.push({ endpoint, requests: n, p50_ms: Number(quantile(times, 0.5).toFixed(2)), p99_ms: Number(quantile(times, 0.99).toFixed(2)), status });
  }
  return rows;
}

export interface BundleSize {
  jsBytes: number;
  jsGzipBytes: number;
  totalGzipBytes: number;
}

/** Sizes of the built dashboard (web/dist): its JavaScript raw and gzipped, and everything gzipped. */
export function bundleSize(dist: string): BundleSize {
  const files = readdirSync(dist, { recursive: true }).map(String).map((f) => join(dist, f)).filter((f) => statSync(f).isFile());
  let jsBytes = 0;
  let jsGzipBytes = 0;
  let totalGzipBytes = 0;
  for (const f of files) {
    const body = readFileSync(f);
    const gz = gzipSync(body, { level: 9 }).length;
    totalGzipBytes += gz;
    if (f.endsWith(".js")) {
      jsBytes += body.length;
      jsGzipBytes += gz;
    }
  }
  return { jsBytes, jsGzipBytes, totalGzipBytes };
}
