/** Progress of a long DuckDB statement, reported as a fraction of one stage of an ingest. */
import type { DuckDBConnection } from "@duckdb/node-api";

/** Called with 0..1 and the stage's name ("reading", "storing") while a file is read and written. */
export type OnProgress = (fraction: number, stage: string) => void;

/** Runs `work`, telling `onProgress` how far DuckDB is, scaled into [base, base + span]. */
export async function withProgress<T>(c: DuckDBConnection, label: string, base: number, span: number, onProgress: OnProgress | undefined, work: () => Promise<T>): Promise<T> {
  if (!onProgress) return work();
  onProgress(base, label);
  const timer = setInterval(() => {
    const p = c.progress.percentage;
    if (p >= 0) onProgress(base + (span * p) / 100, label);
  }, 150);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    onProgress(base + span, label);
  }
}
