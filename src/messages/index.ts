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

export { templateParts } from "./template.ts";
export { reasonWords } from "./reasons.ts";

export type MessageLang = "en" | "nl";
export type Messages = typeof en;

export function messages(lang: MessageLang = "en"): Messages {
  return lang === "nl" ? nl : en;
}

/**
 * What a claim counts (its unit), in the catalogue's words; a rate ("attacks_per_month") as its unit per period; a
 * unit the catalogue does not list, with spaces for underscores.
 */
export function unitWords(m: Messages, unit: string): string {
  const rate = /^(.+)_per_(day|week|month|quarter|year)$/.exec(unit);
  if (rate?.[1] && rate[2] && m.check.units[unit] === undefined) return m.check.rateUnit(unitWords(m, rate[1]), rate[2]);
  return m.check.units[unit] ?? unit.replace(/_/g, " ");
}

/** How a claim qualifies its figure ("more than"), or "" for an exact figure. */
export function qualifierWords(m: Messages, qualifier: string | null): string {
  if (!qualifier || qualifier === "exact") return "";
  return m.check.qualifiers[qualifier] ?? qualifier.replace(/_/g, " ");
}

/** A region a claim is about (World, Sahel, …) as the reader names it. */
export function regionName(m: Messages, region: string): string {
  return m.check.regions[region] ?? region;
}
