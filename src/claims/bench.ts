/**
 * The claim extractor's speed: passages per second on one core, over a fixed set of passages in the four
 * languages (language detection included), repeated until enough time has passed to measure.
 */
import { extractClaims } from "./index.ts";
import { BENCH_PASSAGES } from "./bench-passages.ts";

/** The result of a bench run. */
export interface ClaimsBenchResult {
  passagesPerSecond: number;
  passages: number;
}

/** Milliseconds of CPU time this process has used: the bench counts work on one core, not wall time. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Runs the extractor over the bench passages for at least `minMs` milliseconds of CPU time (after a
 * warm-up that lets the JIT settle), so that other processes on the machine do not lower the figure.
 *
 * @example
 * runClaimsBench().passagesPerSecond; // e.g. 2500
 */
export function runClaimsBench(options: { minMs?: number; now?: () => number } = {}): ClaimsBenchResult {
  const minMs = options.minMs ?? 1000;
  const now = options.now ?? cpuMs;
  const warmUntil = now() + Math.min(300, minMs / 3);
  do for (const p of BENCH_PASSAGES) extractClaims(p.text, { published: p.published });
  while (now() < warmUntil);
  let passages = 0;
  const start = now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const p of BENCH_PASSAGES) extractClaims(p.text, { published: p.published });
    passages += BENCH_PASSAGES.length;
    elapsed = now() - start;
  }
  return { passagesPerSecond: Math.round((passages / Math.max(elapsed, 1e-9)) * 1000), passages };
}
