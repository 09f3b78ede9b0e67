/**
 * `node --import tsx bench/clickhouse/main.ts [--rows N] [--shapes GED,GDELT]`: the store benchmark on its own
 * (`npm run bench -- --store all` runs it with the rest); writes bench/results/clickhouse-<date>.json and .md.
 */
import { loadavg } from "node:os";
import { runStoreBench } from "./index.ts";
import { writeStoreReport } from "./report.ts";

const i = process.argv.indexOf("--rows");
const rows = i >= 0 ? Number(process.argv[i + 1]) : 1_000_000;
const only = process.argv.indexOf("--shapes");
const shapes = only >= 0 ? (process.argv[only + 1]!.split(",") as Array<"GED" | "GDELT">) : undefined;
const t0 = Date.now();
const loadAtStart = loadavg()[0] ?? 0;
const log: string[] = [];
const results = await runStoreBench({ rows, stores: "all", ...(shapes ? { shapes } : {}), log: (s) => (log.push(s), console.error(s)) });
console.log(writeStoreReport({ rows, results, log, seconds: (Date.now() - t0) / 1000, loadAtStart }));
