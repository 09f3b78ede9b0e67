/**
 * The UI's words in English and Dutch, from the message catalogue (src/messages/dashboard): the dashboard has no
 * words of its own. Sentences about numbers come from the API in the chosen language.
 */
import { dashboardStrings, type DashboardLang, type DashboardStrings } from "../../src/messages/dashboard/index.ts";

export { dec, fmt } from "../../src/messages/dashboard/index.ts";
export type Strings = DashboardStrings;
export type Lang = DashboardLang;

/** The UI strings for a language. */
export function strings(lang: Lang): Strings {
  return dashboardStrings(lang);
}
