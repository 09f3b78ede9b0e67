/** Timing helpers every benchmark shares: the median of repeated runs, after one warm-up run. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median milliseconds of `repeat` runs of `fn`, after one run that warms caches the same way for every target. */
export async function timeIt(fn: () => Promise<unknown>, repeat: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}
