/**
 * The one place answers are cached. A question's answer is reused only when the question says it may be
 * (a pure function of the store's content) and the store reports its changes (DuckDB: this process is its
 * only writer, and every commit clears the cache). A store that cannot report changes (ClickHouse, shared
 * with other writers) is never cached: an ingest elsewhere would leave stale answers.
 */
import type { z } from "zod";
import type { InputSchema, Question, QuestionEnv } from "./question.ts";

/** A least-recently-used map of answers, keyed by question and parsed input. */
export class AnswerCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  constructor(private readonly capacity = 256) {}

  /**
   * The value for `key`, built once: the promise is kept, so requests that arrive while the first is still
   * being answered wait for that answer instead of each running the same query (a herd of identical requests
   * would otherwise all miss). A build that fails is forgotten.
   */
  async get<V>(key: string, build: () => Promise<V>): Promise<V> {
    const held = this.entries.get(key) as Promise<V> | undefined;
    if (held) {
      this.entries.delete(key);
      this.entries.set(key, held);
      return held;
    }
    const value = build();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    value.catch(() => {
      if (this.entries.get(key) === value) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Asks questions against one store, with the caching policy above. Built once per process (the CLI's
 * context, the API's app); `clear()` is for writes the store does not report.
 */
export class Answerer {
  private readonly cache = new AnswerCache();
  readonly caching: boolean;

  constructor(readonly env: QuestionEnv) {
    this.caching = typeof env.store.onChange === "function";
    env.store.onChange?.(() => this.cache.clear());
  }

  /** The question's answer for an already parsed input. */
  async answer<I extends InputSchema, O extends z.ZodType>(q: Question<I, O>, input: z.output<I>): Promise<z.output<O>> {
    if (!q.cacheable || !this.caching) return q.run(input, this.env);
    return this.cache.get(`${q.name}:${JSON.stringify(input)}`, () => q.run(input, this.env));
  }

  clear(): void {
    this.cache.clear();
  }

  /** Entries held, for tests of the policy. */
  get cached(): number {
    return this.cache.size;
  }
}
