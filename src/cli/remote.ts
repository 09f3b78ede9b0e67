/**
 * Asking a running server instead of the store it holds (see run-file.ts). A question's route and its JSON
 * answer are the API's own, so an answer fetched here is the answer `ask()` would have computed; a refusal
 * comes back as the same error class (and so the same exit code) the local run would have thrown.
 */
import type { z } from "zod";
import type { ResurgenceError} from "../errors.ts";
import { AuthError, InputError, NotFoundError, StoreError, UnavailableError, UpstreamError, UsageError } from "../errors.ts";
import { say, words } from "../messages/words.ts";
import type { Question } from "../questions/question.ts";
import type { Store } from "../store/index.ts";
import type { RunFile } from "./run-file.ts";

/** The one line a command that needs the store itself prints while a server holds it (exit 5). */
export function heldByServer(run: RunFile): StoreError {
  return new StoreError(
    `the store is held by the resurgence server at ${run.url} (pid ${run.pid}), and this command needs the store itself`,
    "stop the server (Ctrl-C where it runs) and run the command again; reading commands and ingest go through the server",
  );
}

/** The server's answer could not be had at all: the run file named a process that is not our server. */
export class Unreachable extends Error {
  override name = "Unreachable";
}

interface ErrorBody {
  error?: { status?: number; name?: string; message?: string; hint?: string; param?: { name?: string; problem?: string } };
}

const flagOf = (field: string): string => `--${field.replace(/_/g, "-")}`;

/**
 * An error answer of the server as the error the CLI would have thrown. A parameter's problem names its flag,
 * as a local run does (`--period: …`): the body names the parameter apart (`param`), so no sentence is read,
 * whatever language the server answered in.
 */
export function errorFromServer(status: number, body: ErrorBody, run: RunFile): ResurgenceError {
  const param = body.error?.param;
  const message = body.error?.message ?? `HTTP ${status}`;
  const hint = body.error?.hint;
  switch (status) {
    case 400:
      // The flag in the catalogue's words (the top-level catch says them in the command's language), the problem as the server said it.
      if (param?.name && param.problem !== undefined) {
        const said = words("flagProblem", flagOf(param.name), param.problem);
        return new UsageError(say(said), hint, { words: { message: said } });
      }
      return new UsageError(message, hint);
    case 401:
    case 403:
      return new AuthError(message, hint);
    case 404:
      return new NotFoundError(message, hint);
    case 413:
    case 422:
      return new InputError(message, {}, hint);
    case 502:
      return new UpstreamError(message, hint);
    case 503:
      return body.error?.name === "UnavailableError" ? new UnavailableError(message, hint) : new StoreError(`the server at ${run.url} is busy or its store is unavailable: ${message}`, hint ?? "try again in a moment");
    default:
      return new StoreError(`the server at ${run.url} failed (HTTP ${status}): ${message}`, hint ?? "see the server's log");
  }
}

/** Fetches, turning a refused connection into Unreachable (a stale run file whose pid was reused). */
export async function fetchServer(run: RunFile, path: string, init: RequestInit & { duplex?: "half" } = {}): Promise<Response> {
  try {
    return await fetch(`${run.url}${path}`, init);
  } catch (e) {
    const code = (e as { cause?: { code?: string } }).cause?.code;
    if (code === "ECONNREFUSED") throw new Unreachable(`${run.url}: ${code}`);
    throw new StoreError(`cannot reach the resurgence server at ${run.url} (pid ${run.pid}) that holds the store: ${code ?? (e as Error).message}`, "wait for it, or stop it and run the command again");
  }
}

/** A store for building the app's routes without opening one: only the route table is read. */
const NO_STORE = new Proxy({} as Store, {
  get(_t, prop) {
    if (prop === "onChange" || prop === "then") return undefined;
    throw new Error("the route table reads no store");
  },
});

let routes: Map<z.ZodType, { path: string; method: "get" | "post" }> | undefined;

/** The API route that asks `q`, found by its answer schema in the app's own route specs. */
async function routeOf(q: Question): Promise<{ path: string; method: "get" | "post" }> {
  if (!routes) {
    const { createApp } = await import("../api/app.ts");
    const app = createApp({ store: NO_STORE, config: { db: ":memory:", actorFiles: [], debug: false }, log: () => {} });
    routes = new Map(app.specs.filter((s) => s.response && s.method !== "delete").map((s) => [s.response!, { path: s.path, method: s.method as "get" | "post" }]));
  }
  const r = routes.get(q.output);
  if (!r) throw new StoreError(`the question "${q.name}" has no API route, and the store is held by a server`, "stop the server and run the command again");
  return r;
}

/** How long the CLI keeps retrying a server that sheds load (503 Overloaded) before it gives up. */
const PATIENCE_MS = 120_000;

/**
 * Asks the server the question with the input as the user gave it (the server parses it with the same
 * schema). A server that sheds load is asked again after its Retry-After: a long answer keeps being worked
 * out there and is cached, so a later try finds it.
 */
export async function askServer(run: RunFile, q: Question, raw: Record<string, unknown>): Promise<unknown> {
  const { path, method } = await routeOf(q);
  const started = Date.now();
  for (;;) {
    const res =
      method === "get"
        ? await fetchServer(run, `${path}?${new URLSearchParams(Object.entries(raw).map(([k, v]) => [k, String(v)])).toString()}`)
        : await fetchServer(run, path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(raw) });
    const body: unknown = await res.json().catch(() => ({}));
    if (res.status === 200) return body;
    const shed = res.status === 503 && (body as ErrorBody).error?.name === "Overloaded";
    if (!shed || Date.now() - started > PATIENCE_MS) throw errorFromServer(res.status, body as ErrorBody, run);
    await new Promise((r) => setTimeout(r, 1000 * Math.max(1, Number(res.headers.get("retry-after")) || 1)));
  }
}
