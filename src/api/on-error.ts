/**
 * The API's one error boundary: every error becomes a JSON answer here. ResurgenceErrors carry their HTTP
 * status; Hono's HTTPExceptions (body too large, …) keep theirs; anything else is a bug: logged with its
 * stack, answered 500 without internals.
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { isResurgenceError } from "../errors.ts";

export interface ErrorBody {
  error: { status: number; name: string; message: string; hint?: string };
}

export function errorResponse(c: Context, status: ContentfulStatusCode, name: string, message: string, hint?: string): Response {
  if (status === 401) c.header("WWW-Authenticate", 'Bearer realm="resurgence"');
  const body: ErrorBody = { error: { status, name, message, ...(hint ? { hint } : {}) } };
  return c.json(body, status);
}

export function onError(log: (line: string) => void) {
  return (err: Error, c: Context): Response => {
    if (isResurgenceError(err)) {
      return errorResponse(c, err.status as ContentfulStatusCode, err.name, err.message, err.hint);
    }
    if (err instanceof HTTPException) {
      return errorResponse(c, err.status as ContentfulStatusCode, "HTTPException", err.message || "request refused");
    }
    log(`error: unexpected failure on ${c.req.method} ${new URL(c.req.url).pathname}: ${err.stack ?? String(err)}`);
    return errorResponse(c, 500, "InternalError", "unexpected failure (this is a bug; the server log has the details)");
  };
}

export function notFound(c: Context): Response {
  return errorResponse(c, 404, "NotFoundError", `no route ${c.req.method} ${new URL(c.req.url).pathname}`, "see /openapi.json");
}
