/**
 * Query strings and JSON bodies are untrusted input: they are parsed once, here, into strict types. A
 * failure becomes a UsageError (400) whose message names the parameter and says what is wrong with it.
 */
import type { Context } from "hono";
import type { z } from "zod";
import { UsageError } from "../../errors.ts";
import { say } from "../../messages/words.ts";
import { issueText, issueWords } from "../../questions/index.ts";
import { LocalisedUsageError, ParamError } from "../localised-error.ts";

/** The first issue of a failed parse, as one line naming the parameter (in the request's language when onError renders it). */
export function describeIssues(error: z.ZodError, where: "query" | "body"): UsageError {
  const issue = error.issues[0];
  if (!issue) return new UsageError(`invalid ${where}`);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    return new LocalisedUsageError((m) => ({ message: m.unknown(m.where[where], keys, issue.keys.length > 1), hint: m.seeOpenapi }));
  }
  const name = issue.path.length ? String(issue.path[0]) : "(root)";
  // What the catalogue can say itself (a missing field, a value not among the choices); a refinement's own words otherwise.
  const missing = issue.code === "invalid_type" && /received undefined$/.test(issue.message);
  const choices = issue.code === "invalid_value" ? issue.values.map(String).join(", ") : null;
  // A domain parser's error (a period, a country) carries catalogue words: said in the request's language, with its hint.
  const words = issueWords(issue);
  if (words) return new ParamError({ in: where, name }, (_m, lang) => ({ message: say(words.message, lang), ...(words.hint ? { hint: say(words.hint, lang) } : {}) }));
  return new ParamError({ in: where, name }, (m) => ({ message: missing ? m.missing : choices !== null ? m.oneOf(choices) : issueText(issue) }));
}

/** A parameter given twice is refused: which one was meant cannot be known (lists are comma-separated). */
function refuseRepeated(c: Context): void {
  const seen = new Set<string>();
  for (const key of new URL(c.req.url).searchParams.keys()) {
    if (seen.has(key)) throw new LocalisedUsageError((m) => ({ message: m.repeated(key), hint: m.giveOnce }));
    seen.add(key);
  }
}

/** Parses a request's query string with a zod schema; throws a 400 UsageError naming the parameter. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  refuseRepeated(c);
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw describeIssues(parsed.error, "query");
  return parsed.data;
}

/** Parses a JSON body with a zod schema; a body that is not JSON is a 400 too. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch (cause) {
    throw new LocalisedUsageError((m) => ({ message: m.notJson, hint: m.sendJson }), { cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw describeIssues(parsed.error, "body");
  return parsed.data;
}
