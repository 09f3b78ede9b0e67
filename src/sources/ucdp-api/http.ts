/**
 * One page from the UCDP API, with bounded retries: network errors, timeouts, cut-off bodies, 408, 429 and 5xx
 * are tried again after a backoff (or the server's Retry-After); 401/403 and other 4xx fail at once with one
 * line saying what to do. fetch, sleep and the clock come in as parameters.
 */
import { NotFoundError, UsageError } from "../../errors.ts";
import { parsePage, type ApiPage } from "./response.ts";
import { backoffMs, retryAfterMs, type RetryPolicy } from "./retry.ts";
import { refusedToken, UpstreamError } from "./upstream-error.ts";

export interface HttpDeps {
  fetch: typeof globalThis.fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
  retry: RetryPolicy;
  /** Told about every retry, e.g. to print "page 3: HTTP 503, trying again in 2 s". */
  onRetry?: (message: string) => void;
}

export interface Fetched {
  text: string;
  page: ApiPage;
}

type Attempt = { ok: Fetched } | { retry: string; waitMs?: number };

const RETRY_STATUS = new Set([408, 429]);

function oneLine(s: string, max = 120): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function networkReason(e: unknown): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError") return "request timed out";
  return oneLine(`network error: ${err.cause?.code ?? err.cause?.message ?? err.message ?? String(e)}`);
}

async function attempt(url: string, token: string, label: string, deps: HttpDeps): Promise<Attempt> {
  let res: Response;
  let text: string;
  try {
    res = await deps.fetch(url, {
      headers: { "x-ucdp-access-token": token, accept: "application/json" },
      signal: AbortSignal.timeout(deps.retry.timeoutMs),
    });
    text = await res.text();
  } catch (e) {
    return { retry: networkReason(e) };
  }
  if (res.status === 401 || res.status === 403) throw refusedToken(res.status);
  if (RETRY_STATUS.has(res.status) || res.status >= 500) {
    const waitMs = retryAfterMs(res.headers.get("retry-after"), deps.now());
    if (waitMs !== undefined && waitMs > deps.retry.maxRetryAfterMs) {
      throw new UpstreamError(`the UCDP API asks to wait ${Math.ceil(waitMs / 1000)} s before ${label} (HTTP ${res.status})`, "run the same command again later: the pages already fetched are kept");
    }
    return { retry: `HTTP ${res.status}`, waitMs };
  }
  if (res.status === 404) {
    throw new NotFoundError(`the UCDP API has no ${label} (HTTP 404: ${oneLine(text)})`, "check --version and --candidate: annual releases look like 25.1, candidate releases like 25.0.9");
  }
  if (!res.ok) throw new UsageError(`the UCDP API refused ${label} (HTTP ${res.status}: ${oneLine(text)})`, "check --country, --from and --to");
  const page = parsePage(text);
  if (page === undefined) return { retry: "the answer is not complete JSON" };
  if (page instanceof Error) throw new UpstreamError(`the UCDP API answered ${label} with something that is not a page of events (${page.message})`, "check --base-url");
  return { ok: { text, page } };
}

/** Fetches one page, trying up to `retry.tries` times. `label` names it in messages ("page 3 of gedevents/25.1"). */
export async function fetchPage(url: string, token: string, label: string, deps: HttpDeps): Promise<Fetched> {
  let last = "";
  for (let n = 1; n <= deps.retry.tries; n++) {
    const got = await attempt(url, token, label, deps);
    if ("ok" in got) return got.ok;
    last = got.retry;
    if (n === deps.retry.tries) break;
    const wait = got.waitMs ?? backoffMs(deps.retry, n);
    deps.onRetry?.(`${label}: ${got.retry}; trying again in ${(wait / 1000).toFixed(wait < 10_000 ? 1 : 0)} s (${n + 1}/${deps.retry.tries})`);
    await deps.sleep(wait);
  }
  throw new UpstreamError(`the UCDP API did not answer ${label} after ${deps.retry.tries} tries (last: ${last})`, "run the same command again later: the pages already fetched are kept");
}
