/**
 * `node --import tsx bench/clickhouse/main.ts [--rows N]`: runs the store benchmark on its own and writes
 * bench/results/clickhouse-<date>.json and .md with the machine's description and how it was run.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { runStoreBench } from "./index.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const i = process.argv.indexOf("--rows");
const rows = i >= 0 ? Number(process.argv[i + 1]) : 1_000_000;
const t0 = Date.now();
const only = process.argv.indexOf("--shapes");
const shapes = only >= 0 ? (process.argv[only + 1]!.split(",") as Array<"GED" | "GDELT">) : undefined;
const log: string[] = [];
const results = await runStoreBench({ rows, stores: "all", ...(shapes ? { shapes } : {}), log: (s) => (log.push(s), console.error(s)) });
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const version = (cmd: string[]) => {
  try {
    return execFileSync(cmd[0]!, cmd.slice(1), { encoding: "utf8" }).trim().split("\n")[0];
  } catch {
    return "unknown";
  }
};
const machine = {
  cpus: cpus().length, cpu_model: cpus()[0]?.model, memory_gib: Math.round(totalmem() / 2 ** 30), node: process.version,
  clickhouse: version(["clickhouse-client", "--query", "SELECT 1", "--version"]), os: version(["bash", "-c", ". /etc/os-release; echo $PRETTY_NAME"]),
};
const how = `${rows.toLocaleString("en")} rows per shape (GED-shaped CSV and GDELT-shaped TSV, seeded). ClickHouse servers pinned with taskset: ` +
  `"1 node" is server 1 on core 0; "2 shards" is server 1 on core 0 and server 2 on core 1 (Distributed table, cityHash64(id)). ` +
  `The Node process (and the in-memory DuckDB that maps files for ClickHouse) is not pinned. Query times are medians of 7 after one warm-up. ` +
  `pandas times the compare on a DataFrame already in memory (its CSV load is reported apart).`;
const date = new Date().toISOString().slice(0, 10);
const out = join(ROOT, "bench", "results");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, `clickhouse-${date}.json`), JSON.stringify({ date, machine, how, log, seconds: Math.round((Date.now() - t0) / 1000), rows: results }, null, 2) + "\n");
const table = ["| benchmark | rows | ours | baseline | baseline time | ratio | target |", "|---|---:|---:|---|---:|---:|---|",
  ...results.map((r) => `| ${r.name} | ${r.rows.toLocaleString("en")} | ${fmt(r.ours_ms)} | ${r.baseline} | ${fmt(r.baseline_ms)} | ${r.ratio.toFixed(2)}× | ${r.target ?? ""} |`)];
const md = `# Store benchmark ${date}\n\nMachine: ${machine.cpus} cores (${machine.cpu_model}), ${machine.memory_gib} GiB, ${machine.os}, Node ${machine.node}, ClickHouse ${machine.clickhouse}.\n\nHow: ${how}\n\n${table.join("\n")}\n\nRun log:\n\n\`\`\`\n${log.join("\n")}\n\`\`\`\n`;
writeFileSync(join(out, `clickhouse-${date}.md`), md);
console.log(md);
