/** A one-line progress bar on stderr, drawn only on a terminal. */
export function progressBar(write: (s: string) => void, label: string): { update: (fraction: number, stage: string) => void; done: () => void } {
  let last = -1;
  return {
    update(fraction, stage) {
      const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
      if (pct === last) return;
      last = pct;
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(pct).padStart(3)}% ${stage.padEnd(8)}`);
    },
    done() {
      if (last >= 0) write("\r\x1b[2K");
    },
  };
}
