/**
 * `npm run bench [-- --rows 1000000,10000000] [--only core,detect,claims,api,store] [--store all]`: every
 * performance target of the project, measured against a baseline in the same run, printed as one table and
 * written to bench/results/<date>.json and .md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCoreBench, type BenchRow } from "./core.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

export function markdown(rows: BenchRow[]): string {
  const lines = ["| benchmark | rows | resurgence | baseline | baseline time | ratio | target |", "|---|---:|---:|---|---:|---:|---|"];
  for (const r of rows) lines.push(`| ${r.name} | ${r.rows.toLocaleString("en")} | ${fmt(r.ours_ms)} | ${r.baseline} | ${fmt(r.baseline_ms)} | ${r.ratio.toFixed(2)}× | ${r.target ?? ""} |`);
  return lines.join("\n");
}

async function mainBench(): Promise<void> {
  const sizes = (arg("rows") ?? "1000000").split(",").map((s) => Math.round(Number(s)));
  const only = new Set((arg("only") ?? "core").split(","));
  const work = join(ROOT, "bench", ".tmp");
  mkdirSync(work, { recursive: true });
  const rows: BenchRow[] = [];
  if (only.has("core")) for (const n of sizes) rows.push(...(await runCoreBench(n, work, (s) => console.error(s))));
  const machine = { cpus: cpus().length, cpu_model: cpus()[0]?.model, memory_gib: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
  const date = new Date().toISOString().slice(0, 10);
  const outDir = join(ROOT, "bench", "results");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${date}.json`), JSON.stringify({ date, machine, rows }, null, 2) + "\n");
  const md = `# Benchmark ${date}\n\nMachine: ${machine.cpus} cores (${machine.cpu_model}), ${machine.memory_gib} GiB, Node ${machine.node}.\n\n${markdown(rows)}\n`;
  writeFileSync(join(outDir, `${date}.md`), md);
  console.log(md);
}

await mainBench();
