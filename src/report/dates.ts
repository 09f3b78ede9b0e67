/** Dates as a reader's language writes them (Intl), for the lines a person reads; tables keep ISO days. */

/** A day (YYYY-MM-DD) in full: "7 December 2026" (en-GB), "7 december 2026" (nl-NL). */
export function longDate(iso: string, locale: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}
