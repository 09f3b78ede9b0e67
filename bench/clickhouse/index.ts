/**
 * The store benchmark: seeded synthetic GED- and GDELT-shaped events ingested into resurgence on DuckDB, one
 * ClickHouse node and two ClickHouse shards, then the same compare and series asked of each, beside raw
 * DuckDB SQL and a pandas script doing the same compare, all in one run and reported as ratios.
 *
 * Like with like on a 2-core machine: the ClickHouse servers are pinned (taskset), node 1 to core 0 and node 2
 * to core 1. "One node" is node 1 alone (one core); "two shards" is both (one core each).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CountingRule, compareInStore, seriesInStore } from "../../src/analysis/counting/index.ts";
import { parsePeriod } from "../../src/periods/index.ts";
import type { Store } from "../../src/store/index.ts";
import { ClickHouseStore } from "../../src/store/clickhouse/index.ts";
import { DuckDBStore } from "../../src/store/duckdb/index.ts";
import type { BenchRow } from "../core.ts";
import { syntheticGed } from "../synthetic.ts";
import { syntheticGdelt } from "./synthetic-gdelt.ts";

import { timeIt } from "../timing.ts";
import { ingestFile } from "../../src/ingest/index.ts";
import { bytesUnder } from "../report-parts.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLUSTER = join(ROOT, "scripts", "clickhouse", "cluster.sh");

export type StoreName = "duckdb" | "clickhouse-1-node" | "clickhouse-2-shards";
export const ALL_STORES: StoreName[] = ["duckdb", "clickhouse-1-node", "clickhouse-2-shards"];

export interface StoreBenchOptions {
  rows: number;
  stores?: StoreName[] | "all";
  workDir?: string;
  repeat?: number;
  log?: (s: string) => void;
  /** Which data shapes to run (default both). */
  shapes?: Array<"GED" | "GDELT">;
}

interface Shape {
  name: "GED" | "GDELT";
  file: (dir: string, n: number) => Promise<string>;
  rule: CountingRule;
  a: string;
  b: string;
  series: { start: string; end: string };
}

const SHAPES: Shape[] = [
  { name: "GED", file: (d, n) => syntheticGed(join(d, `ged-${n}.csv`), n), rule: CountingRule.parse({}), a: "2014", b: "2012..2013", series: { start: "1989-01-01", end: "2023-12-31" } },
  { name: "GDELT", file: (d, n) => syntheticGdelt(join(d, `gdelt-${n}.export.CSV`), n), rule: CountingRule.parse({ dataset: "gdelt" }), a: "2019", b: "2017..2018", series: { start: "2015-01-01", end: "2024-12-31" } },
];

/** The compare as hand-written DuckDB SQL on the store's own table: what resurgence adds is measured against it. */
async function rawDuckCompare(store: DuckDBStore, shape: Shape): Promise<void> {
  for (const p of [parsePeriod(shape.a), parsePeriod(shape.b)]) {
    await store.connection.runAndReadAll(
      `SELECT country_iso3, count(*), sum(deaths_best) FROM events WHERE dataset = '${shape.rule.dataset}'
       AND list_has_any(list_concat(side_a_actor_ids, side_b_actor_ids), ['is'])
       AND country_iso3 IN ('SYR', 'IRQ') AND date_start BETWEEN '${p.start}' AND '${p.end}' GROUP BY 1`,
    );
  }
  await store.connection.runAndReadAll(`SELECT dataset, dataset_version, country_iso3, count(*), min(date_start), max(date_start) FROM events GROUP BY ALL`);
}

async function rawDuckSeries(store: DuckDBStore, shape: Shape): Promise<void> {
  await store.connection.runAndReadAll(
    `SELECT strftime(date_start, '%Y-%m'), count(*), sum(deaths_best) FROM events WHERE dataset = '${shape.rule.dataset}'
     AND list_has_any(list_concat(side_a_actor_ids, side_b_actor_ids), ['is']) AND country_iso3 IN ('SYR', 'IRQ')
     AND date_start BETWEEN '${shape.series.start}' AND '${shape.series.end}' GROUP BY 1 ORDER BY 1`,
  );
}

function pandasCompare(csv: string, repeat: number): { load_ms: number; compare_ms: number; pandas: string } {
  // Debian's python3-pandas installs for /usr/bin/python3, which need not be the python3 first on PATH.
  const out = execFileSync("/usr/bin/python3", [join(ROOT, "bench", "clickhouse", "pandas_compare.py"), csv, String(repeat)], { encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split("\n").at(-1)!) as { load_ms: number; compare_ms: number; pandas: string };
}

interface Measured {
  /** The most the ingest held in the temp folder at once (sampled every 100 ms), in bytes. */
  peak_temp: number;
  ingest_ms: number;
  compare_ms: number;
  series_ms: number;
}

async function measure(store: Store, file: string, shape: Shape, repeat: number, workDir: string): Promise<Measured> {
  // The ingest's temp folder is one of its own for the run, so its peak size can be sampled.
  const temp = mkdtempSync(join(workDir, "tmp-"));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = temp;
  let peak_temp = 0;
  const sampler = setInterval(() => (peak_temp = Math.max(peak_temp, bytesUnder(temp))), 100);
  const t = performance.now();
  try {
    await ingestFile(store, { file });
  } finally {
    clearInterval(sampler);
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(temp, { recursive: true, force: true });
  }
  const ingest_ms = performance.now() - t;
  const q = { actorIds: ["is"], countries: ["SYR", "IRQ"], a: parsePeriod(shape.a), b: parsePeriod(shape.b), rule: shape.rule };
  const compare_ms = await timeIt(() => compareInStore(store, q), repeat);
  const series_ms = await timeIt(() => seriesInStore(store, { actorIds: ["is"], countries: ["SYR", "IRQ"], ...shape.series, by: "month", rule: shape.rule }), repeat);
  return { peak_temp, ingest_ms, compare_ms, series_ms };
}

const row = (name: string, rows: number, ours: number, baseline: string, base: number, ratio: number, target?: string): BenchRow => ({
  name, rows, ours_ms: ours, baseline, baseline_ms: base, ratio, ...(target ? { target } : {}),
});

/**
 * Runs the store benchmark and returns its rows (ratios: ours/baseline for "≤" targets, baseline/ours for
 * "≥ faster" targets, as each row's target says).
 */
export async function runStoreBench(options: StoreBenchOptions): Promise<BenchRow[]> {
  const n = options.rows;
  const stores = options.stores === "all" || !options.stores ? ALL_STORES : options.stores;
  const workDir = options.workDir ?? join(ROOT, "bench", ".tmp");
  const repeat = options.repeat ?? 7;
  const log = options.log ?? ((s: string) => console.error(s));
  const wantCh = stores.some((s) => s !== "duckdb");
  let clusterDir: string | undefined;
  if (wantCh) {
    clusterDir = execFileSync("bash", [CLUSTER, "start"], { encoding: "utf8", env: { ...process.env, CLICKHOUSE_TASKSET: "0 1" }, stdio: ["ignore", "pipe", "inherit"] }).trim().split("\n").at(-1)!;
    log(`ClickHouse cluster in ${clusterDir} (node 1 pinned to core 0, node 2 to core 1)`);
  }
  const env = clusterDir ? Object.fromEntries(execFileSync("bash", ["-c", `cat ${clusterDir}/cluster.env`], { encoding: "utf8" }).trim().split("\n").map((l) => l.split("=") as [string, string])) : {};
  const out: BenchRow[] = [];
  try {
    for (const shape of SHAPES.filter((s) => !options.shapes || options.shapes.includes(s.name))) {
      const file = await shape.file(workDir, n);
      log(`${shape.name}: ${file}`);
      const got = new Map<StoreName, Measured>();
      // Each shape's stores are dropped once measured: at 10M rows they take gigabytes each.
      const cleanups: Array<() => void> = [];
      for (const name of stores) {
        let store: Store;
        if (name === "duckdb") {
          const path = join(workDir, `bench-${shape.name}.duckdb`);
          const files = [path, `${path}.wal`, `${path}.raw`];
          for (const f of files) rmSync(f, { force: true, recursive: true });
          store = await DuckDBStore.open(path);
          cleanups.push(() => files.forEach((f) => rmSync(f, { force: true, recursive: true })));
        } else {
          const db = `bench_${shape.name.toLowerCase()}_${name === "clickhouse-1-node" ? 1 : 2}`;
          const url = name === "clickhouse-1-node"
            ? `clickhouse://127.0.0.1:${env.CLICKHOUSE_NODE1_HTTP}/${db}`
            : `clickhouse://127.0.0.1:${env.CLICKHOUSE_NODE1_HTTP},127.0.0.1:${env.CLICKHOUSE_NODE2_HTTP}/${db}?cluster=${env.CLICKHOUSE_CLUSTER}`;
          store = await ClickHouseStore.open(url, { rejectsDir: join(workDir, "rejects") });
          const ports = name === "clickhouse-1-node" ? [env.CLICKHOUSE_NODE1_TCP] : [env.CLICKHOUSE_NODE1_TCP, env.CLICKHOUSE_NODE2_TCP];
          cleanups.push(() => {
            for (const port of ports) execFileSync("clickhouse-client", ["--port", String(port), "--query", `DROP DATABASE IF EXISTS ${db}`]);
          });
        }
        try {
          let m: Measured;
          try {
            m = await measure(store, file, shape, repeat, workDir);
          } catch (e) {
            // A store that fails is reported and skipped, so the others' figures are still written.
            log(`${shape.name} ${name}: FAILED: ${String((e as Error).message ?? e)}`);
            continue;
          }
          got.set(name, m);
          log(`${shape.name} ${name}: ingest ${(m.ingest_ms / 1000).toFixed(1)} s (${Math.round(n / (m.ingest_ms / 1000))} rows/s), compare ${m.compare_ms.toFixed(1)} ms, series ${m.series_ms.toFixed(1)} ms`);
          if (store instanceof DuckDBStore) {
            const rawC = await timeIt(() => rawDuckCompare(store as DuckDBStore, shape), repeat);
            const rawS = await timeIt(() => rawDuckSeries(store as DuckDBStore, shape), repeat);
            log(`raw DuckDB SQL: compare ${rawC.toFixed(1)} ms, series ${rawS.toFixed(1)} ms`);
            out.push(row(`${shape.name} compare, resurgence on DuckDB`, n, m.compare_ms, "raw DuckDB SQL", rawC, m.compare_ms / rawC, "≤1.3 (ours/raw)"));
            out.push(row(`${shape.name} series (monthly), resurgence on DuckDB`, n, m.series_ms, "raw DuckDB SQL", rawS, m.series_ms / rawS, "≤1.3 (ours/raw)"));
            if (shape.name === "GED") {
              const pd = pandasCompare(file, n >= 5_000_000 ? Math.min(repeat, 3) : repeat);
              log(`pandas ${pd.pandas}: load ${pd.load_ms.toFixed(0)} ms, compare ${pd.compare_ms.toFixed(1)} ms`);
              out.push(row("GED compare, resurgence on DuckDB", n, m.compare_ms, `pandas ${pd.pandas} (data in memory)`, pd.compare_ms, pd.compare_ms / m.compare_ms, "≥10 (pandas/ours)"));
              out.push(row("GED ingest, resurgence on DuckDB", n, m.ingest_ms, `pandas read_csv (5 columns, no checks)`, pd.load_ms, m.ingest_ms / pd.load_ms));
            }
          }
        } finally {
          await store.close();
        }
      }
      for (const clean of cleanups) clean();
      const duck = got.get("duckdb");
      const one = got.get("clickhouse-1-node");
      const two = got.get("clickhouse-2-shards");
      for (const [name, m] of [["clickhouse-1-node", one], ["clickhouse-2-shards", two]] as const) {
        if (!m || !duck) continue;
        out.push(row(`${shape.name} ingest, ${name} (${Math.round(n / (m.ingest_ms / 1000))} rows/s)`, n, m.ingest_ms, `resurgence on DuckDB (${Math.round(n / (duck.ingest_ms / 1000))} rows/s)`, duck.ingest_ms, m.ingest_ms / duck.ingest_ms));
        out.push(row(`${shape.name} ingest rows/s per core, ${name}`, n, m.ingest_ms, "resurgence on DuckDB (2 cores)", duck.ingest_ms, duck.ingest_ms / m.ingest_ms, "≥1 (ClickHouse/DuckDB rows/s)"));
        const source = statSync(file).size;
        out.push({ ...row(`${shape.name} ingest peak temp space, ${name}`, n, m.peak_temp, "source file size", source, m.peak_temp / source, "≤1.2"), unit: "bytes" });
        out.push(row(`${shape.name} compare, ${name}`, n, m.compare_ms, "resurgence on DuckDB", duck.compare_ms, m.compare_ms / duck.compare_ms));
        out.push(row(`${shape.name} series, ${name}`, n, m.series_ms, "resurgence on DuckDB", duck.series_ms, m.series_ms / duck.series_ms));
      }
      if (one && two) {
        out.push(row(`${shape.name} compare, 2 shards (1 core each)`, n, two.compare_ms, "1 node (1 core)", one.compare_ms, one.compare_ms / two.compare_ms, "≥1.6 (1 node/2 shards)"));
        out.push(row(`${shape.name} series, 2 shards (1 core each)`, n, two.series_ms, "1 node (1 core)", one.series_ms, one.series_ms / two.series_ms, "≥1.6 (1 node/2 shards)"));
      }
    }
  } finally {
    if (clusterDir) execFileSync("bash", [CLUSTER, "stop", clusterDir], { stdio: "inherit" });
  }
  return out;
}
