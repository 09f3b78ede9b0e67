/**
 * The message catalogue: every sentence the analyses write for a person, in English and Dutch. Dutch is typed
 * against English, so a message missing in one language does not compile. Surfaces and briefings take their
 * words from the answers, which take them from here.
 *
 * @example
 * messages("nl").coverage.noData("2023", "ucdp-ged", "2016-01-01", "2019-11-30");
 */
import { en } from "./en.ts";
import { nl } from "./nl.ts";

export type MessageLang = "en" | "nl";
export type Messages = typeof en;

export function messages(lang: MessageLang = "en"): Messages {
  return lang === "nl" ? nl : en;
}

/** What a claim counts (its unit), in the catalogue's words; a unit it does not list, with spaces for underscores. */
export function unitWords(m: Messages, unit: string): string {
  return m.check.units[unit] ?? unit.replace(/_/g, " ");
}
