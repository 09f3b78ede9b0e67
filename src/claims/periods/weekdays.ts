/** Weekday names as period rules, the same shape in every language. */
import type { Lang } from "../lang.ts";
import { weekday } from "./resolvers.ts";
import { rule, type PeriodRule } from "./rule.ts";

/**
 * The seven weekday rules of a language: each day's name (Sunday first, as `weekday` counts), after an optional
 * lead-in (`lead`, a template fragment such as "(?:on |last )?"), as the last such day on or before publication.
 */
export function weekdayRules(lang: Lang, lead: string, names: readonly string[]): PeriodRule[] {
  return names.map((name, dow) => rule(lang, `${lead}${name}`, "day", (s) => weekday(s.ctx, dow)));
}
