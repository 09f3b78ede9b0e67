/**
 * Start-up cost of the compiled CLI (dist/cli.js, what an installed package runs), against bare `node -e 0` in
 * the same run: `resurgence --help`, and `resurgence compare --counts …` (arithmetic only, no store). Target:
 * at most 3× bare Node's CPU time. The build runs first, so the figures are those of the tree as it is.
 *
 * CPU is the children's user + system time, read from /proc/self/stat (Linux) before and after all runs of a
 * command and divided by the runs, so the 10 ms clock tick is spread over them; wall time is the median run.
 * Commands run in turn, one run of each per round, so a busy moment of the machine hits all of them alike.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "./timing.ts";

export interface StartupRow {
  name: string;
  command: string;
  cpu_ms: number | null;
  wall_ms: number;
  baseline_cpu_ms: number | null;
  baseline_wall_ms: number;
  cpu_ratio: number | null;
  wall_ratio: number;
  target: string;
}

const TARGET = "≤3× CPU";

/** The CPU seconds of waited-for children so far, in clock ticks; null where there is no /proc. */
function childTicks(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the ")" that closes the command name start at field 3 (state); cutime and cstime are 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[13]) + Number(fields[14]);
  } catch {
    return null;
  }
}

function ticksPerSecond(): number {
  const r = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  const n = Number(r.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
}

interface Target {
  name: string;
  args: string[];
}

/** Builds dist/, then times each command `runs` times (after one warm-up run each). */
export function runStartupBench(options: { root: string; runs?: number; log?: (s: string) => void }): StartupRow[] {
  const runs = options.runs ?? 20;
  const cli = join(options.root, "dist", "cli.js");
  const build = spawnSync(process.execPath, [join(options.root, "scripts", "build.mjs")], { cwd: options.root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}`);
  const targets: Target[] = [
    { name: "bare node", args: ["-e", "0"] },
    { name: "resurgence --help", args: [cli, "--help"] },
    { name: "resurgence compare --counts 153@2024-H1 121@2023", args: [cli, "compare", "--counts", "153@2024-H1", "121@2023"] },
  ];
  // An empty working directory: compare --counts must not find (or make) a store.
  const cwd = mkdtempSync(join(tmpdir(), "resurgence-startup-"));
  const walls = targets.map(() => [] as number[]);
  const ticks = targets.map(() => 0 as number | null);
  try {
    const once = (t: Target): number => {
      const start = performance.now();
      const r = spawnSync(process.execPath, t.args, { cwd, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
      if (r.status !== 0) throw new Error(`${t.name} exited ${r.status}: ${r.stderr}`);
      return performance.now() - start;
    };
    targets.forEach(once);
    for (let i = 0; i < runs; i++) {
      targets.forEach((t, j) => {
        const before = childTicks();
        walls[j]!.push(once(t));
        const after = childTicks();
        ticks[j] = before === null || after === null || ticks[j] === null ? null : ticks[j]! + (after - before);
      });
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
  const hz = ticksPerSecond();
  const cpu = ticks.map((t) => (t === null ? null : (t / hz / runs) * 1000));
  const wall = walls.map(median);
  const [baseCpu, baseWall] = [cpu[0]!, wall[0]!];
  options.log?.(`start-up: ${runs} runs each; bare node ${baseCpu?.toFixed(0) ?? "?"} ms CPU, ${baseWall.toFixed(0)} ms wall`);
  return targets.slice(1).map((t, k) => {
    const i = k + 1;
    const c = cpu[i]!;
    return {
      name: t.name,
      command: ["node", ...t.args.map((a) => (a === cli ? "dist/cli.js" : a))].join(" "),
      cpu_ms: c,
      wall_ms: wall[i]!,
      baseline_cpu_ms: baseCpu,
      baseline_wall_ms: baseWall,
      cpu_ratio: c === null || !baseCpu ? null : c / baseCpu,
      wall_ratio: wall[i]! / baseWall,
      target: TARGET,
    };
  });
}

/** The markdown table of start-up rows. */
export function startupTable(rows: StartupRow[]): string {
  const ms = (v: number | null) => (v === null ? "n/a" : `${v.toFixed(0)} ms`);
  const x = (v: number | null) => (v === null ? "n/a" : `${v.toFixed(2)}×`);
  const lines = ["| start-up (compiled CLI) | CPU | wall | bare `node -e 0` CPU / wall | CPU ratio | wall ratio | target |", "|---|---:|---:|---:|---:|---:|---|"];
  for (const r of rows) lines.push(`| ${r.name} | ${ms(r.cpu_ms)} | ${ms(r.wall_ms)} | ${ms(r.baseline_cpu_ms)} / ${ms(r.baseline_wall_ms)} | ${x(r.cpu_ratio)} | ${x(r.wall_ratio)} | ${r.target} |`);
  return lines.join("\n");
}
