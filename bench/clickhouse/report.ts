/**
 * The store benchmark's report: bench/results/clickhouse-<date>.json and .md, with the machine's description
 * and how the run was made, so a reader can judge the ratios. Used by `npm run bench -- --store all` and by
 * bench/clickhouse/main.ts.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchRow } from "../core.ts";
import { machineBasics, ratioTable } from "../report-parts.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function version(cmd: string[]): string {
  try {
    return execFileSync(cmd[0]!, cmd.slice(1), { encoding: "utf8" }).trim().split("\n")[0] ?? "unknown";
  } catch {
    return "unknown";
  }
}

export interface StoreReport {
  rows: number;
  results: BenchRow[];
  log: string[];
  seconds: number;
  /** Load average (1 min) when the run started: how quiet the machine was. */
  loadAtStart: number;
}

/** Writes the report files and returns the markdown. */
export function writeStoreReport(r: StoreReport): string {
  const machine = {
    ...machineBasics(r.loadAtStart),
    clickhouse: version(["clickhouse-client", "--version"]).replace(" client version", ""), os: version(["bash", "-c", ". /etc/os-release; echo $PRETTY_NAME"]),
  };
  const how = `${r.rows.toLocaleString("en")} rows per shape (GED-shaped CSV and GDELT-shaped TSV, seeded), each ingested from the file into ` +
    `each store in turn. ClickHouse servers pinned with taskset: "1 node" is server 1 alone on core 0; "2 shards" is server 1 on core 0 and ` +
    `server 2 on core 1 (Distributed table, cityHash64(id)), a stand-in for two one-core machines. The Node process (and the in-memory DuckDB ` +
    `that checks and maps files for ClickHouse) is not pinned. Query times are medians after one warm-up (7 runs; pandas 3 at 5M rows and up). ` +
    `pandas times the compare on a DataFrame already in memory (its CSV load is reported apart). Databases are dropped after each shape.`;
  const date = new Date().toISOString().slice(0, 10);
  const out = join(ROOT, "bench", "results");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `clickhouse-${date}.json`), JSON.stringify({ date, machine, how, log: r.log, seconds: r.seconds, rows: r.results }, null, 2) + "\n");
  const md = `# Store benchmark ${date}\n\nMachine: ${machine.cpus} cores (${machine.cpu_model}), ${machine.memory_gib} GiB, ${machine.os}, Node ${machine.node}, ` +
    `${machine.clickhouse}; load average ${machine.load_average_at_start} at the start; the run took ${Math.round(r.seconds / 60)} min.\n\n` +
    `How: ${how}\n\n${ratioTable(r.results, "ours")}\n\nRun log:\n\n\`\`\`\n${r.log.join("\n")}\n\`\`\`\n`;
  writeFileSync(join(out, `clickhouse-${date}.md`), md);
  return md;
}
