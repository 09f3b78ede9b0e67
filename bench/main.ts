/**
 * `npm run bench [-- --rows 1000000,10000000] [--only core,detect,claims,api,load,startup,store] [--seconds 20] [--load-rows 600000] [--store all]`:
 * every performance target of the project, measured against a baseline in the same run where one exists, printed
 * as tables and written to bench/results/<date>.json and .md (the store benchmark to clickhouse-<date>.md).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCoreBench, type BenchRow } from "./core.ts";
import { fmt, machineBasics, ratioTable } from "./report-parts.ts";
import { runStartupBench, startupTable, type StartupRow } from "./startup.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A measure with a target but no baseline run beside it (throughput, latency, size). */
export interface Measure {
  name: string;
  value: number;
  unit: string;
  target?: string;
  note?: string;
}

const NOTES = `Notes: the API and load figures repeat one question, so after the first request they are answered from the
API's in-memory cache (dropped on every committed change); a first, uncached compare costs what "compare" above
costs. Ingest of a plain CSV file checks and maps every record in one DuckDB pass over the file while the file is
copied, as delivered, beside the store and a scan indexes where each record starts (the raw rows are that copy:
the store's size is about the CSV's); it then writes the events table (what questions filter and count on; the
words stay in the raw rows), a second table, which raw read_csv does not write. A .gz or JSON file's records are
written to a Parquet raw file instead, which costs about what raw read_csv costs.`;

const STARTUP_NOTES = `Start-up: the compiled CLI (npm run build; what an installed package runs), each command 20 times in
turn with bare \`node -e 0\`; CPU is user + system time of the child processes. The target holds only once
the CLI loads the code of the one command it runs (its commands imported lazily, each a chunk of its own).`;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function measuresMarkdown(ms: Measure[]): string {
  const lines = ["| measure | value | target | note |", "|---|---:|---|---|"];
  for (const m of ms) lines.push(`| ${m.name} | ${m.value.toLocaleString("en", { maximumFractionDigits: 1 })} ${m.unit} | ${m.target ?? ""} | ${m.note ?? ""} |`);
  return lines.join("\n");
}

async function mainBench(): Promise<void> {
  const sizes = (arg("rows") ?? "1000000").split(",").map((s) => Math.round(Number(s)));
  const only = new Set((arg("only") ?? "core,detect,claims,api,load,startup").split(","));
  if (arg("store") === "all") only.add("store");
  const work = join(ROOT, "bench", ".tmp");
  mkdirSync(work, { recursive: true });
  const log = (s: string) => console.error(s);
  const rows: BenchRow[] = [];
  const measures: Measure[] = [];
  const startup: StartupRow[] = [];
  const load = loadavg()[0] ?? 0;
  // First, while the machine is quiet: the figures are tens of milliseconds.
  if (only.has("startup")) startup.push(...runStartupBench({ root: ROOT, log }));
  if (only.has("core")) for (const n of sizes) rows.push(...(await runCoreBench(n, work, log)));
  if (only.has("detect")) {
    const { runDetectBench } = await import("./detect/detect-bench.ts");
    const d = runDetectBench(5000, 180);
    measures.push({ name: "detect over actor × country series (5,000 × 180 months)", value: d.ms / d.series, unit: "ms/series", note: `${fmt(d.ms)} for ${d.series} series` });
  }
  if (only.has("claims")) {
    const { runClaimsBench } = await import("./claims/claims.ts");
    const c = runClaimsBench();
    measures.push({ name: "claim extraction, one core, warm", value: c.passagesPerSecond, unit: "passages/s", target: "≥1,000", note: `${c.passages} passages after a 10 s warm-up` });
    measures.push({ name: "claim extraction, one core, first second of a fresh process", value: c.coldPassagesPerSecond, unit: "passages/s", note: "what a one-off CLI run gets" });
  }
  if (only.has("api")) {
    const { runApiBench } = await import("../src/api/bench.ts");
    const { DuckDBStore } = await import("../src/store/duckdb/index.ts");
    const n = Math.max(...sizes);
    const store = await DuckDBStore.open(join(work, `ours-${n}.duckdb`));
    for (const r of await runApiBench({ store, n: 30 })) {
      measures.push({ name: `API ${r.endpoint} at ${n.toLocaleString("en")} events`, value: r.p50_ms, unit: "ms p50", note: `p99 ${r.p99_ms.toFixed(1)} ms, HTTP ${r.status}` });
    }
    await store.close();
  }
  if (only.has("load")) {
    const { runLoadBench } = await import("./load.ts");
    const r = await runLoadBench({ workDir: work, rows: Number(arg("load-rows") ?? 600_000), seconds: Number(arg("seconds") ?? 20), connections: 500, log });
    measures.push({
      name: `load: ${r.connections} clients on ${r.events.toLocaleString("en")} events (${r.seconds} s, mixed questions)`,
      value: r.server_max_ms,
      unit: "ms longest answer (server side)",
      target: "≤ 5,000 ms, 0 errors besides 503",
      note: `${r.requests.toLocaleString("en")} requests (${r.requests_per_s.toFixed(0)}/s): ${r.ok} answered, ${r.shed_503} shed (503 + Retry-After), ${r.other_non_2xx} other non-2xx, ${r.errors} errors; client side p50 ${r.p50_ms} ms, p99 ${r.p99_ms} ms, max ${r.max_ms} ms`,
    });
  }
  if (only.has("store")) {
    // Its own report (bench/results/clickhouse-<date>.md): the store run takes long and says how it was run.
    const { runStoreBench } = await import("./clickhouse/index.ts");
    const { writeStoreReport } = await import("./clickhouse/report.ts");
    const t0 = Date.now();
    const lines: string[] = [];
    const n = Math.max(...sizes);
    const results = await runStoreBench({ rows: n, stores: "all", log: (s) => (lines.push(s), log(s)) });
    console.log(writeStoreReport({ rows: n, results, log: lines, seconds: (Date.now() - t0) / 1000, loadAtStart: load }));
    if (rows.length === 0 && measures.length === 0 && startup.length === 0) return;
  }
  const machine = { ...machineBasics(load), platform: process.platform };
  const date = new Date().toISOString().slice(0, 10);
  // A run of some parts only is written beside a whole run of the same day, never over it.
  const name = arg("only") ? `${date}-${[...only].sort().join("-")}` : date;
  const outDir = join(ROOT, "bench", "results");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${name}.json`), JSON.stringify({ date, machine, rows, measures, startup }, null, 2) + "\n");
  const sections = [rows.length > 0 ? ratioTable(rows) : "", measures.length > 0 ? measuresMarkdown(measures) : "", startup.length > 0 ? `${startupTable(startup)}\n\n${STARTUP_NOTES}` : ""];
  const md = `# Benchmark ${date}\n\nMachine: ${machine.cpus} cores (${machine.cpu_model}), ${machine.memory_gib} GiB, Node ${machine.node}; load average ${machine.load_average_at_start} at the start.\n\n${[...sections, rows.length + measures.length > 0 ? NOTES : ""].filter((x) => x !== "").join("\n\n")}\n`;
  writeFileSync(join(outDir, `${name}.md`), md);
  console.log(md);
}

await mainBench();
