/**
 * Query strings and JSON bodies are untrusted input: they are parsed once, here, into strict types. A
 * failure becomes a UsageError (400) whose message names the parameter and says what is wrong with it.
 */
import type { Context } from "hono";
import type { z } from "zod";
import { UsageError } from "../../errors.ts";
import { issueText } from "../../questions/index.ts";

/** The first issue of a failed parse, as one line naming the parameter. */
export function describeIssues(error: z.ZodError, where: "query parameter" | "body field"): UsageError {
  const issue = error.issues[0];
  if (!issue) return new UsageError(`invalid ${where}`);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    return new UsageError(`unknown ${where}${issue.keys.length > 1 ? "s" : ""} ${keys}`, "see /openapi.json for the accepted parameters");
  }
  const name = issue.path.length ? String(issue.path[0]) : "(root)";
  return new UsageError(`${where} "${name}": ${issueText(issue)}`);
}

/** A parameter given twice is refused: which one was meant cannot be known (lists are comma-separated). */
function refuseRepeated(c: Context): void {
  const seen = new Set<string>();
  for (const key of new URL(c.req.url).searchParams.keys()) {
    if (seen.has(key)) throw new UsageError(`query parameter "${key}" is given more than once`, "give it once; a list is comma-separated, e.g. country=SYR,IRQ");
    seen.add(key);
  }
}

/** Parses a request's query string with a zod schema; throws a 400 UsageError naming the parameter. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  refuseRepeated(c);
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw describeIssues(parsed.error, "query parameter");
  return parsed.data;
}

/** Parses a JSON body with a zod schema; a body that is not JSON is a 400 too. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch (cause) {
    throw new UsageError("the request body is not valid JSON", 'send Content-Type: application/json and a JSON object', { cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw describeIssues(parsed.error, "body field");
  return parsed.data;
}
