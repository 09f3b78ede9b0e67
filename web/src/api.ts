/** Talking to the API: JSON in and out, errors as the API words them. */

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export type Params = Record<string, string | undefined>;

export function apiUrl(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function read<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as (T & { error?: { message?: string; hint?: string } }) | null;
  if (!res.ok) {
    const e = body?.error;
    throw new ApiError(e?.message ? `${e.message}${e.hint ? ` (${e.hint})` : ""}` : `HTTP ${res.status}`, res.status);
  }
  return body as T;
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

/**
 * Sends, and sends again while the server sheds load (503 with Retry-After): a busy server keeps working out
 * a slow answer and caches it, so a later try gets it. At most a minute of retries.
 */
async function send(request: () => Promise<Response>, signal?: AbortSignal): Promise<Response> {
  const started = Date.now();
  for (;;) {
    const res = await request();
    const after = Number(res.headers.get("retry-after"));
    if (res.status !== 503 || !(after > 0) || Date.now() - started > 60_000) return res;
    await pause(after * 1000, signal);
  }
}

/** The page's language, so the API words its errors in it on every route (a `lang` parameter is a question's own). */
const pageLang = (): string => (typeof document === "undefined" ? "" : document.documentElement.lang) || "en";

export async function getJson<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  return read<T>(await send(() => fetch(apiUrl(path, params), { signal, headers: { Accept: "application/json", "Accept-Language": pageLang() } }), signal));
}

export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return read<T>(await send(() => fetch(path, { method: "POST", signal, headers: { "Content-Type": "application/json", Accept: "application/json", "Accept-Language": pageLang() }, body: JSON.stringify(body) }), signal));
}
