/**
 * Security from the start: strict headers on every answer (a CSP without inline scripts, no framing, no
 * sniffing), no CORS (the dashboard is same-origin), bounded request bodies, and a bearer token for writes
 * that is compared in constant time. With no token configured, writes are refused: there is no default.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { AuthError, ResurgenceError } from "../errors.ts";

export const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CSP,
    xFrameOptions: "DENY",
    xContentTypeOptions: "nosniff",
    referrerPolicy: "no-referrer",
    crossOriginResourcePolicy: "same-origin",
    crossOriginOpenerPolicy: "same-origin",
    strictTransportSecurity: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    // A route may set a stricter policy of its own (the HTML briefing allows its one style by hash).
    overwrite: false,
  });
}

/** A body over the limit: 413. */
export class PayloadTooLarge extends ResurgenceError {
  override name = "PayloadTooLarge";
  override readonly status = 413;
}

export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new PayloadTooLarge(`request body larger than ${maxBytes} bytes`, "send a smaller body");
    },
  });
}

const digest = (s: string): Buffer => createHash("sha256").update(s, "utf8").digest();

/**
 * Refuses the request (401) unless it carries `Authorization: Bearer <token>` equal to the configured token,
 * or to `localToken`: the secret of this server's run, which only its user can read (beside the store), so
 * that user's CLI can write through the server while it holds the store.
 */
export function requireToken(token: string | undefined, localToken?: string): MiddlewareHandler {
  return async (c, next) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "");
    const presented = m ? digest(m[1]!) : undefined;
    const matches = (t: string | undefined) => t !== undefined && presented !== undefined && timingSafeEqual(presented, digest(t));
    if (matches(localToken)) return next();
    if (!token) throw new AuthError("writes are disabled: the server has no API token", "start the server with RESURGENCE_API_TOKEN set (16 characters or more)");
    if (!m) throw new AuthError("this route needs Authorization: Bearer <token>", "send the token configured in RESURGENCE_API_TOKEN");
    if (!matches(token)) throw new AuthError("the bearer token is not valid");
    await next();
  };
}

class MisdirectedRequest extends ResurgenceError {
  override name = "MisdirectedRequest";
  override readonly status = 421;
}

/**
 * Answers only requests addressed to one of `hosts` (names without port). A server on loopback is
 * otherwise reachable from any web page through DNS rebinding: a hostile name that resolves to 127.0.0.1
 * would read the store. Off when `hosts` is undefined (tests, or a server behind a proxy that checks).
 */
export function allowHosts(hosts: string[] | undefined): MiddlewareHandler {
  const allowed = new Set(hosts?.map((h) => h.toLowerCase()));
  return async (c, next) => {
    if (hosts) {
      // The Node adapter builds the request URL from the Host header, so its hostname is what the client asked for.
      const host = new URL(c.req.url).hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1");
      if (!allowed.has(host)) throw new MisdirectedRequest(`this server does not answer for host "${host}"`, "open it as http://localhost:<port>/ or start it with --host set to the name you use");
    }
    await next();
  };
}
