/**
 * A small in-memory cache for answers that are costly to build (map points, alert scans). Keys are the
 * normalised query; an ingest clears it (the store is the only thing answers depend on, and this process
 * is its only writer while it holds the DuckDB file).
 */
export class AnswerCache<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly capacity = 256) {}

  /** The cached answer for `key`, built once. Callers key by kind, so `V` is what `build` made for that key. */
  async get<V extends T>(key: string, build: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key) as V | undefined;
    if (hit !== undefined) {
      // Re-insert so the Map's order is least-recently-used first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = await build();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
