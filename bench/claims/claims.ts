/**
 * The claim extractor's speed: passages per second on one core, over a fixed set of passages in the four
 * languages (language detection included), repeated until enough time has passed to measure.
 */
import { extractClaims } from "../../src/claims/index.ts";
import { BENCH_PASSAGES } from "./passages.ts";

/** The result of a bench run. */
export interface ClaimsBenchResult {
  /** After the warm-up: what a long-running process (the API) gets. */
  passagesPerSecond: number;
  passages: number;
  /** Over the first `coldMs` of a fresh process: what one CLI run over a few articles gets. */
  coldPassagesPerSecond: number;
}

/** Milliseconds of CPU time this process has used: the bench counts work on one core, not wall time. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Passages extracted until `ms` of `now()` have passed: [passages, elapsed ms]. */
function extractFor(ms: number, now: () => number): [number, number] {
  let passages = 0;
  const start = now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const p of BENCH_PASSAGES) extractClaims(p.text, { published: p.published });
    passages += BENCH_PASSAGES.length;
    elapsed = now() - start;
  }
  return [passages, elapsed];
}

const rate = ([passages, ms]: [number, number]) => Math.round((passages / Math.max(ms, 1e-9)) * 1000);

/**
 * Runs the extractor over the bench passages: the first `coldMs` of CPU time give the cold rate, then it
 * warms up until `warmMs` have passed and measures for `minMs` more. V8 takes seconds to settle on the
 * extractor's regular expressions: measured in 0.5 s steps from a fresh process, 430, 1,400, 1,800 … and
 * 3,400 passages/s after 4.5 s, and a 5 s warm-up still varied 1,400–2,700; after 10 s it is steady. A
 * short warm-up reports a third of the steady rate, and a different one each run.
 *
 * @example
 * runClaimsBench().passagesPerSecond; // e.g. 3000
 */
export function runClaimsBench(options: { minMs?: number; warmMs?: number; coldMs?: number; now?: () => number } = {}): ClaimsBenchResult {
  const now = options.now ?? cpuMs;
  const minMs = options.minMs ?? 2000;
  const cold = extractFor(options.coldMs ?? Math.min(1000, minMs), now);
  extractFor(options.warmMs ?? 10_000, now);
  const warm = extractFor(minMs, now);
  return { passagesPerSecond: rate(warm), passages: warm[0], coldPassagesPerSecond: rate(cold) };
}
