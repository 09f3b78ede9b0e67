/**
 * The OpenAPI 3.1 document, generated from the route specs: each query schema is the zod schema its
 * handler parses with and each answer's schema the question's output schema, rendered with z.toJSONSchema,
 * so the document lists every route, parameter and answer as the server actually accepts and gives them.
 */
import { z } from "zod";
import type { RouteSpec } from "./route.ts";

type Json = Record<string, unknown>;

const ERROR_SCHEMA = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        status: { type: "integer" },
        name: { type: "string" },
        message: { type: "string", description: "in the language the request asks for: lang=nl in the query, else its Accept-Language (en or nl), else English" },
        hint: { type: "string" },
        param: {
          type: "object",
          description: "when the error is about one parameter: where it was, its name, and what is wrong with it (the message without the parameter)",
          properties: { in: { type: "string", enum: ["query", "body"] }, name: { type: "string" }, problem: { type: "string" } },
          required: ["in", "name", "problem"],
        },
      },
      required: ["status", "name", "message"],
    },
  },
  required: ["error"],
};

const toPath = (p: string): string => p.replace(/:([A-Za-z_]+)/g, "{$1}");

function parameters(spec: RouteSpec): Json[] {
  const out: Json[] = Object.entries(spec.pathParams ?? {}).map(([name, description]) => ({ name, in: "path", required: true, description, schema: { type: "string" } }));
  if (!spec.query) return out;
  const schema = z.toJSONSchema(spec.query, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, Json>; required?: string[] };
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    const { description, ...rest } = s;
    out.push({ name, in: "query", required: (schema.required ?? []).includes(name) && !("default" in s), ...(description ? { description } : {}), schema: rest });
  }
  return out;
}

/** A question's output schema as JSON Schema; the domain records it nests (z.custom) are left open. */
function responseSchema(schema: z.ZodType): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as Json;
  return rest;
}

function responses(spec: RouteSpec): Json {
  const error = (d: string) => ({ description: d, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
  return {
    200: { description: "OK", content: Object.fromEntries((spec.produces ?? ["application/json"]).map((t) => [t, t === "application/json" && spec.response ? { schema: responseSchema(spec.response) } : {}])) },
    ...(spec.query || spec.body || spec.pathParams ? { 400: error("a parameter is malformed; the message names it") } : {}),
    ...(spec.auth ? { 401: error("no or wrong bearer token, or writes disabled (no token configured)") } : {}),
    ...(spec.body ? { 413: error("request body too large") } : {}),
    500: error("unexpected failure"),
  };
}

function operation(spec: RouteSpec): Json {
  return {
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: spec.tags,
    operationId: `${spec.method}${toPath(spec.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? "").toUpperCase())}`,
    parameters: parameters(spec),
    ...(spec.body
      ? { requestBody: { required: true, description: spec.body.description, content: { [spec.body.contentType]: spec.body.schema ? { schema: z.toJSONSchema(spec.body.schema, { io: "input", unrepresentable: "any" }) } : {} } } }
      : {}),
    ...(spec.auth ? { security: [{ bearer: [] }] } : {}),
    responses: responses(spec),
  };
}

export function openApiDocument(specs: RouteSpec[], version: string): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const s of specs) (paths[toPath(s.path)] ??= {})[s.method] = operation(s);
  return {
    openapi: "3.1.0",
    info: {
      title: "resurgence",
      version,
      description: "Count an armed group's attacks from open conflict-event data, compare periods honestly, detect resurgence, check news claims. Every count states its counting rule. Writes need Authorization: Bearer <token>.",
      license: { name: "MIT" },
    },
    paths,
    components: { schemas: { Error: ERROR_SCHEMA }, securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  };
}
