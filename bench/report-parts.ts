/** What every benchmark report is made of: durations, the ratio table and the machine it ran on. */
import { readdirSync, statSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import type { BenchRow } from "./core.ts";

/** Milliseconds as "812.4 ms" or, from a second up, "1.20 s". */
export function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

/** The markdown table of measured-against-baseline rows; `ours` heads the column of our times. */
export function ratioTable(rows: BenchRow[], ours = "resurgence"): string {
  const lines = [`| benchmark | rows | ${ours} | baseline | baseline time | ratio | target |`, "|---|---:|---:|---|---:|---:|---|"];
  const show = (r: BenchRow, v: number) => (r.unit === "bytes" ? `${(v / 1e6).toFixed(0)} MB` : fmt(v));
  for (const r of rows) lines.push(`| ${r.name} | ${r.rows.toLocaleString("en")} | ${show(r, r.ours_ms)} | ${r.baseline} | ${show(r, r.baseline_ms)} | ${r.ratio.toFixed(2)}× | ${r.target ?? ""} |`);
  return lines.join("\n");
}

/** The machine, as every report records it; `loadAtStart` is the 1-minute load average when the run began. */
export function machineBasics(loadAtStart: number) {
  return {
    cpus: cpus().length, cpu_model: cpus()[0]?.model, memory_gib: Math.round(totalmem() / 2 ** 30), node: process.version,
    load_average_at_start: Number(loadAtStart.toFixed(2)),
  };
}

/** Bytes of every file under `dir` (files that vanish while it is read count as none). */
export function bytesUnder(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) n += statSync(join(e.parentPath, e.name), { throwIfNoEntry: false })?.size ?? 0;
  }
  return n;
}
