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
import { templateParts } from "./template.ts";

export { templateParts } from "./template.ts";

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

type Template = (...args: string[]) => string;
let reasonPatterns: Array<[keyof Messages["rejectReasons"], RegExp]> | undefined;

/** Each English quarantine reason as a pattern over stored text, its slots captured. */
function patterns(): Array<[keyof Messages["rejectReasons"], RegExp]> {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  reasonPatterns ??= (Object.keys(en.rejectReasons) as Array<keyof Messages["rejectReasons"]>).map((key) => {
    const parts = templateParts(en.rejectReasons[key] as Template);
    return [key, new RegExp(`^${parts.map((p) => (typeof p === "number" ? "([\\s\\S]*?)" : escape(p))).join("")}$`)];
  });
  return reasonPatterns;
}

/**
 * A stored quarantine reason (English: the layouts write it from the English templates) in the reader's words; a
 * reason no template wrote (DuckDB's own message about an unreadable row) is given as it is.
 */
export function reasonWords(m: Messages, reason: string): string {
  if (m === en) return reason;
  // A slot may hold a word of the catalogue itself (a JSON value's kind): said in the reader's words too.
  const kinds = new Map(Object.entries(en.jsonKinds).map(([k, v]) => [v, m.jsonKinds[k] ?? v]));
  for (const [key, re] of patterns()) {
    const hit = re.exec(reason);
    if (hit) return (m.rejectReasons[key] as Template)(...hit.slice(1).map((a) => kinds.get(a) ?? a));
  }
  return reason;
}
