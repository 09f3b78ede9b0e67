/**
 * The dashboard's part of the message catalogue, apart from the rest so the dashboard's bundle carries only its
 * own words: the web UI imports this folder, never ../index.ts.
 */
import { dashboardEn, type DashboardStrings } from "./en.ts";
import { dashboardNl } from "./nl.ts";
import type { DashboardLang } from "./format.ts";

export { dec, fmt, type DashboardLang } from "./format.ts";
export type { DashboardStrings } from "./en.ts";

/** The dashboard's words for a language. */
export function dashboardStrings(lang: DashboardLang): DashboardStrings {
  return lang === "nl" ? dashboardNl : dashboardEn;
}
