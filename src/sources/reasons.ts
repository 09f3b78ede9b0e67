/**
 * Quarantine reasons in SQL, built from the catalogue's English templates (messages: rejectReasons) so that the
 * stored text and the reader's translation (reasonWords) come from one place: the template is called with a mark
 * in each slot, and each mark becomes a SQL expression between string literals.
 *
 * @example
 * reasonSql("notWhole", sqlString("id"), shown("id")); // 'id' || ' ' || (<shown>) || ' is not a whole number'
 */
import { messages, templateParts, type Messages } from "../messages/index.ts";
import { sqlString } from "../sql.ts";

export type ReasonKey = keyof Messages["rejectReasons"];

/** The SQL of the reason `key` with SQL expressions `args` in its slots (each must not be NULL). */
export function reasonSql(key: ReasonKey, ...args: string[]): string {
  const template = messages("en").rejectReasons[key] as (...a: string[]) => string;
  return templateParts(template).map((p) => (typeof p === "number" ? `(${args[p] ?? "''"})` : sqlString(p))).join(" || ");
}

/** A fixed value (a column's name, a bound) as a SQL literal for a reason's slot. */
export const lit = (x: string | number): string => sqlString(String(x));
