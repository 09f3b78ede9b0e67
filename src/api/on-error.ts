/**
 * The API's one error boundary: every error becomes a JSON answer here. ResurgenceErrors carry their HTTP
 * status; Hono's HTTPExceptions (body too large, …) keep theirs; anything else is a bug: logged with its
 * stack, answered 500 without internals. The API's own messages are in the language the request asks for (`?lang=nl`).
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { isResurgenceError } from "../errors.ts";
import { messages } from "../messages/index.ts";
import { sayError } from "../messages/words.ts";
import { LocalisedUsageError, ParamError, requestLang, type ParamIn } from "./localised-error.ts";

/** The parameter an error is about, apart from the sentence: where it was, its name, and what is wrong with it. */
export interface ErrorParam {
  in: ParamIn;
  name: string;
  problem: string;
}

export interface ErrorBody {
  error: { status: number; name: string; message: string; hint?: string; param?: ErrorParam };
}

export function errorResponse(c: Context, status: ContentfulStatusCode, name: string, message: string, hint?: string, param?: ErrorParam): Response {
  if (status === 401) c.header("WWW-Authenticate", 'Bearer realm="resurgence"');
  const body: ErrorBody = { error: { status, name, message, ...(hint ? { hint } : {}), ...(param ? { param } : {}) } };
  return c.json(body, status);
}

export function onError(log: (line: string) => void) {
  return (err: Error, c: Context): Response => {
    const lang = requestLang(c);
    const m = messages(lang).api;
    if (err instanceof LocalisedUsageError) {
      const said = err.say(m, lang);
      const param = err instanceof ParamError ? { ...err.param, problem: err.problem(m, lang).message } : undefined;
      return errorResponse(c, 400, err.name, said.message, said.hint, param);
    }
    if (isResurgenceError(err)) {
      // An error raised below (a period, a country, an actor) in the request's language when it carries catalogue words.
      const said = sayError(err, lang);
      return errorResponse(c, err.status as ContentfulStatusCode, err.name, said.message, said.hint);
    }
    if (err instanceof HTTPException) {
      return errorResponse(c, err.status as ContentfulStatusCode, "HTTPException", err.message || m.refused);
    }
    log(`error: unexpected failure on ${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? String(err)}`);
    return errorResponse(c, 500, "InternalError", m.internal);
  };
}

/**
 * The answer for a request no route took: 405 with Allow when the path is one of the API's routes under
 * another method (`methodsOf` says which), else 404.
 */
export function notFound(methodsOf: (path: string) => string[] = () => []) {
  return (c: Context): Response => {
    const path = new URL(c.req.url).pathname;
    const methods = methodsOf(path);
    const m = messages(requestLang(c)).api;
    if (methods.length > 0) {
      c.header("Allow", methods.join(", "));
      return errorResponse(c, 405, "MethodNotAllowed", m.wrongMethod(path, c.req.method, methods.join(", ")), m.seeRoutes);
    }
    return errorResponse(c, 404, "NotFoundError", m.noRoute(c.req.method, path), m.seeRoutes);
  };
}

/** The methods each API route takes (GET also answers HEAD), from Hono's route table. */
export function routeMethods(routes: ReadonlyArray<{ method: string; path: string }>): (path: string) => string[] {
  const table = routes
    .filter((r) => r.method !== "ALL" && (r.path.startsWith("/api/") || r.path === "/openapi.json"))
    .map((r) => ({ method: r.method, re: new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:[A-Za-z_]+/g, "[^/]+")}$`) }));
  return (path) => {
    const methods = new Set(table.filter((r) => r.re.test(path)).map((r) => r.method));
    if (methods.has("GET")) methods.add("HEAD");
    return [...methods].sort();
  };
}
