/**
 * Times `detectAll` on 5,000 synthetic series × 180 months (after a small warm-up run), prints the result
 * and writes bench/results/detect-speed.{json,md}.
 *   node --import tsx bench/detect/speed.ts [series] [months]
 */
import { cpus, loadavg } from "node:os";
import { runDetectBench } from "./detect-bench.ts";
import { writeResults } from "./write-results.ts";

const count = Number(process.argv[2] ?? 5000);
const months = Number(process.argv[3] ?? 180);
runDetectBench(200, months);
const result = runDetectBench(count, months);
const perSeries = result.ms / result.series;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`;
// The machine is shared: the load average says how much of it this run had.
const load = Number((loadavg()[0] ?? 0).toFixed(1));
const md = `# Detection speed\n\n${result.name}: ${result.ms} ms (${perSeries.toFixed(2)} ms per series) on ${machine}, one thread, load average ${load}.\n`;
console.log(md);
writeResults("detect-speed", { ...result, msPerSeries: perSeries, machine, loadAverage: load }, md);
