/**
 * A failed parse of a question's input, in words: what the field expected. The CLI puts the flag in front
 * (`--role "victim": expected one of …`), the API the parameter (`query parameter "role": expected one of …`).
 */
import type { z } from "zod";
import { UsageError } from "../errors.ts";

export function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_value") return `expected one of ${issue.values.map(String).join(", ")}`;
  return issue.message;
}

/** A value the schema let through but the question refuses (e.g. too many buckets), naming its field. */
export class FieldError extends UsageError {
  override name = "FieldError";
  constructor(
    readonly field: string,
    message: string,
    hint?: string,
  ) {
    super(message, hint);
  }
}
