/**
 * A route that asks one question: its query (GET) or JSON body (POST) is parsed with the question's input
 * schema, answered through the app's one Answerer (which holds the caching policy), and returned as the
 * question's output, unchanged. Its OpenAPI entry comes from the same two schemas. `present` lets a route
 * offer other media types (CSV, Markdown, PDF) of the same answer, chosen by an extra `format` field.
 */
import type { Context, Hono } from "hono";
import { z } from "zod";
import { sayError } from "../messages/words.ts";
import { ParamError } from "./localised-error.ts";
import { FieldError, type Question } from "../questions/index.ts";
import type { Deps } from "./deps.ts";
import { parseJsonBody, parseQuery } from "./params/query.ts";
import type { RouteSpec } from "./route.ts";

export interface AnswerRoute {
  spec: RouteSpec;
  mount(app: Hono): void;
}

interface Options<A> {
  path: string;
  method?: "get" | "post";
  tags: string[];
  description?: string;
  /** Headers every form of the answer carries. */
  headers?: (answer: A) => Record<string, string>;
  /** Other renderings of the answer, by `format` value; JSON is always `json`. */
  formats?: Record<string, { type: string; render: (answer: A, c: Context) => Promise<Response> | Response }>;
}

export function answerRoute<Q extends Question>(deps: Deps, q: Q, o: Options<Awaited<ReturnType<Q["run"]>>>): AnswerRoute {
  const names = ["json", ...Object.keys(o.formats ?? {})] as [string, ...string[]];
  const schema = o.formats ? q.input.extend({ format: z.enum(names).default("json").describe(`the answer's form: ${names.join(", ")}`) }) : q.input;
  const method = o.method ?? "get";
  const spec: RouteSpec = {
    method,
    path: o.path,
    summary: q.summary,
    ...(o.description ? { description: o.description } : {}),
    tags: o.tags,
    response: q.output,
    ...(method === "get" ? { query: schema } : { body: { contentType: "application/json", schema, description: "the question's input" } }),
    produces: ["application/json", ...Object.values(o.formats ?? {}).map((f) => f.type)],
  };
  return {
    spec,
    mount(app) {
      app[method](o.path, async (c) => {
        const parsed = (method === "get" ? parseQuery(c, schema) : await parseJsonBody(c, schema)) as Record<string, unknown>;
        const { format = "json", ...input } = o.formats ? parsed : { ...parsed, format: "json" };
        const answer = (await deps.answerer.answer(q, input).catch((e: unknown) => {
          if (e instanceof FieldError) throw new ParamError({ in: method === "get" ? "query" : "body", name: e.field }, (_m, lang) => sayError(e, lang), { cause: e });
          throw e;
        })) as Awaited<ReturnType<Q["run"]>>;
        for (const [k, v] of Object.entries(o.headers?.(answer) ?? {})) c.header(k, v);
        const alt = o.formats?.[format as string];
        return alt ? alt.render(answer, c) : c.json(answer as object);
      });
    },
  };
}
