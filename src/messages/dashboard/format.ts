/** Numbers in the dashboard's words, in each language's style. */
export type DashboardLang = "en" | "nl";

/** A whole number with the language's digit grouping. */
export function fmt(n: number, lang: DashboardLang = "en"): string {
  return n.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 0 });
}

/** A number with fixed decimals in the language's style. */
export function dec(n: number, digits: number, lang: DashboardLang): string {
  return n.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
