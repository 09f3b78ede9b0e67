/**
 * A route group: the routes it mounts and, for each, the spec the OpenAPI document is generated from. The
 * spec's query schema is the very schema the handler parses with, so the document cannot drift from it.
 */
import type { Hono } from "hono";
import type { z } from "zod";
import type { Deps } from "./deps.ts";

export interface RouteSpec {
  method: "get" | "post" | "delete";
  /** Hono path syntax (`/api/events/:id`); the document writes `{id}`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  query?: z.ZodType;
  /** Path parameters and what they are. */
  pathParams?: Record<string, string>;
  body?: { contentType: string; schema?: z.ZodType; description: string };
  /** The JSON answer's schema (the question's output schema). */
  response?: z.ZodType;
  /** Media types of a 200 answer; default application/json. */
  produces?: string[];
  /** Needs `Authorization: Bearer <token>`. */
  auth?: boolean;
}

export interface Routes {
  /** Shown in /api/health; a dashboard panel appears only when its capability is present. */
  capability: string;
  specs: RouteSpec[];
  mount(app: Hono): void;
}

/** A group of routes built from the app's dependencies (its limits shape the schemas). */
export type RouteGroup = (deps: Deps) => Routes;
