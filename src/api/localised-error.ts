/**
 * An API error whose words come from the catalogue: thrown with English (the log's and the CLI's language), and
 * rendered again by onError in the language the request asks for (`?lang=nl`). Errors from deeper layers (a
 * period that cannot be parsed, an unknown actor) carry catalogue words of their own (`messages/words.ts`),
 * said in the request's language too.
 */
import type { Context } from "hono";
import { UsageError } from "../errors.ts";
import { messages, type MessageLang, type Messages } from "../messages/index.ts";

export type Said = { message: string; hint?: string };
export type Say = (m: Messages["api"], lang: MessageLang) => Said;

export class LocalisedUsageError extends UsageError {
  override name = "UsageError";
  constructor(
    readonly say: Say,
    options?: { cause?: unknown },
  ) {
    const en = say(messages("en").api, "en");
    super(en.message, en.hint, options);
  }
}

/** Where a parameter was: the query string or the JSON body. */
export type ParamIn = "query" | "body";

/**
 * A problem with one parameter, said as `query parameter "x": <problem>`. The error body names the parameter
 * apart (`param: { in, name, problem }`), so a client (the CLI asking a server) finds it without reading the
 * sentence, whatever its language.
 */
export class ParamError extends LocalisedUsageError {
  constructor(
    readonly param: { in: ParamIn; name: string },
    readonly problem: Say,
    options?: { cause?: unknown },
  ) {
    super((m, lang) => {
      const p = problem(m, lang);
      return { message: fieldText(m, param.in, param.name, p.message), ...(p.hint ? { hint: p.hint } : {}) };
    }, options);
  }
}

/**
 * The language a request asks for: `lang=nl` in its query; without a `lang` there (a route whose question has
 * none, a POST whose body's `lang` is the article's), the first of English and Dutch its Accept-Language names,
 * as the dashboard sends its page's language; else English.
 */
export function requestLang(c: Context): MessageLang {
  let lang: string | null;
  try {
    lang = new URL(c.req.url).searchParams.get("lang");
  } catch {
    // A URL Hono accepted but URL cannot parse: answer in English.
    return "en";
  }
  if (lang !== null) return lang === "nl" ? "nl" : "en";
  const first = (c.req.header("Accept-Language") ?? "")
    .split(",")
    .map((part) => part.trim().toLowerCase().split(/[-;]/)[0])
    .find((tag) => tag === "en" || tag === "nl");
  return first === "nl" ? "nl" : "en";
}

/** `query parameter "period": <text>`, in the catalogue's words for where the field was. */
export function fieldText(m: Messages["api"], where: ParamIn, name: string, text: string): string {
  return `${m.where[where]} "${name}": ${text}`;
}
