/** Batch ids: one per ingest, sorting by time. */

/** A batch id that sorts by time and does not collide within a process. */
export function newBatchId(dataset: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*/, "");
  return `${dataset}-${stamp}-${Math.random().toString(36).slice(2, 8)}`;
}
