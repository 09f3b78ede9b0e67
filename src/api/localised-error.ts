/**
 * An API error whose words come from the catalogue: thrown with English (the log's and the CLI's language), and
 * rendered again by onError in the language the request asks for (`?lang=nl`). Messages from deeper layers (a
 * period that cannot be parsed, an unknown actor) are carried as they are.
 */
import type { Context } from "hono";
import { UsageError } from "../errors.ts";
import { messages, type MessageLang, type Messages } from "../messages/index.ts";

export type Say = (m: Messages["api"]) => { message: string; hint?: string };

export class LocalisedUsageError extends UsageError {
  override name = "UsageError";
  constructor(
    readonly say: Say,
    options?: { cause?: unknown },
  ) {
    const en = say(messages("en").api);
    super(en.message, en.hint, options);
  }
}

/** The language a request asks for: `lang=nl` in its query, else English. */
export function requestLang(c: Context): MessageLang {
  try {
    return new URL(c.req.url).searchParams.get("lang") === "nl" ? "nl" : "en";
  } catch {
    // A URL Hono accepted but URL cannot parse: answer in English.
    return "en";
  }
}

/** `query parameter "period": <text>`, in the catalogue's words for where the field was. */
export function fieldText(m: Messages["api"], where: "query" | "body", name: string, text: string): string {
  return `${m.where[where]} "${name}": ${text}`;
}
