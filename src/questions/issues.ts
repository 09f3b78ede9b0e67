/**
 * A failed parse of a question's input, in words: what the field expected. The CLI puts the flag in front
 * (`--role "victim": expected one of …`), the API the parameter (`query parameter "role": expected one of …`).
 */
import type { z } from "zod";
import { UsageError, type ErrorWords, type Words } from "../errors.ts";
import { say } from "../messages/words.ts";

export function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_value") return `expected one of ${issue.values.map(String).join(", ")}`;
  return issue.message;
}

/**
 * The catalogue words of an issue raised by a domain parser (`viaParser` puts the parser's error words in the
 * issue's params), so a boundary can say the field's problem in the reader's language.
 */
export function issueWords(issue: z.core.$ZodIssue): ErrorWords | undefined {
  if (issue.code !== "custom") return undefined;
  return (issue.params as { words?: ErrorWords } | undefined)?.words;
}

/** A value the schema let through but the question refuses (e.g. too many buckets), naming its field. */
export class FieldError extends UsageError {
  override name = "FieldError";
  constructor(
    readonly field: string,
    message: Words,
    hint?: Words,
  ) {
    super(say(message), hint && say(hint), { words: hint ? { message, hint } : { message } });
  }
}
