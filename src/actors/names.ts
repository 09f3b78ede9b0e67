/** An actor id's name for a reader: what lists, legends and alerts show for an id. */
import { messages } from "../messages/index.ts";
import { countryName, countryToIso3 } from "../places/index.ts";
import type { Registry } from "./registry.ts";
import { resolveName, splitSide } from "./resolve.ts";
import { actorName } from "./schema.ts";

/**
 * A readable name for an actor id: the registry's, in the reader's language where it has one (`names.nl`); else,
 * for a gov-x id, the government of the country in the reader's words ("Regering van Irak"); else the id.
 *
 * @example
 * nameOfId(bundledRegistry(), "is", "nl"); // "Islamitische Staat"
 */
export function nameOfId(registry: Registry, id: string, lang = "en"): string {
  const actor = registry.actors.get(id);
  if (actor) return actorName(actor, lang);
  const gov = /^gov-(.+)$/.exec(id);
  if (!gov?.[1]) return id;
  const written = gov[1].split("-").map((w) => (w === "of" || w === "the" ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(" ");
  const iso3 = lang === "en" ? undefined : countryToIso3(written);
  return messages(lang === "nl" ? "nl" : "en").actorNames.government(iso3 ? countryName(iso3, lang) : written);
}

/**
 * How the data write an actor the registry does not know: the member of a side (as a dataset writes sides,
 * coalitions joined by ", ") that resolves to `id`. Its id is only the name's slug ("hawar-kilis-operations-room");
 * this is the name ("Hawar Kilis Operations Room").
 *
 * @example
 * writtenName(bundledRegistry(), "fatah-halab", ["Government of Syria", "Fatah Halab, Ahrar al-Sham"]); // "Fatah Halab"
 */
export function writtenName(registry: Registry, id: string, sides: ReadonlyArray<string | null>): string | undefined {
  for (const side of sides) {
    if (!side) continue;
    const member = splitSide(registry, side).find((m) => resolveName(registry, m).id === id);
    if (member) return member.trim();
  }
  return undefined;
}
