/**
 * How long to wait before trying a request again: exponential backoff, or what the server's Retry-After says.
 * Pure functions; the waiting itself is the caller's injected `sleep`, so tests run without real delays.
 */

export interface RetryPolicy {
  /** Requests per page, the first included. */
  tries: number;
  /** The first backoff; each further one doubles, up to maxMs. */
  baseMs: number;
  maxMs: number;
  /** A Retry-After longer than this is not waited out: the sync stops and says when to come back. */
  maxRetryAfterMs: number;
  /** One request (headers and body) may take this long. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { tries: 6, baseMs: 1000, maxMs: 30_000, maxRetryAfterMs: 300_000, timeoutMs: 60_000 };

/** The wait after failed try number `attempt` (1-based). */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
