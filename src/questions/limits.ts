/**
 * The bounds of an answer, stated once: every surface accepts the same inputs. A page or a map is bounded so
 * no client ever receives the store; an article is bounded so one request cannot occupy the reader for long.
 */
export const LIMITS = {
  /** Largest page of events one question may ask for. */
  maxPageSize: 1000,
  /** Most points a map answer holds; more events are sampled evenly through the period. */
  maxMapPoints: 5000,
  /** Points a map gets when it does not ask (the store reads ~1 ms per event). */
  defaultMapPoints: 2000,
  /** Longest article the claim reader takes, in characters. */
  maxTextChars: 20_000,
} as const;
