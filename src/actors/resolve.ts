/**
 * From names as datasets write them to actor ids. Unknown names still get a stable id (their slug), so a
 * group the registry does not list can be counted by its written name; "Government of X" becomes a state.
 */
import { slugify } from "./normalize.ts";
import type { Registry } from "./registry.ts";
import { actorName } from "./schema.ts";

export interface Resolved {
  id: string;
  name: string;
  /** True when the registry knew the name; false when the id is the written name's slug. */
  known: boolean;
  /** The predecessor name matched, if the text used one (e.g. "al-Qaida in Iraq" → is). */
  predecessor?: string;
}

const GOVERNMENT = /^government of (.+)$/i;
const UNATTRIBUTED = /^XXX\d+$/;
const TRAILING_BRACKET = /^(.+?)\s*\([^()]+\)$/;

/**
 * Resolves one actor name (not a coalition); a registry actor is named for a reader of `lang` (actorName:
 * "Islamitische Staat" in Dutch).
 */
export function resolveName(registry: Registry, name: string, lang = "en"): Resolved {
  const trimmed = name.trim();
  const hit = registry.lookup(trimmed);
  if (hit) return { id: hit.actor.id, name: actorName(hit.actor, lang), known: true, predecessor: hit.predecessor?.name };
  if (UNATTRIBUTED.test(trimmed)) return { id: "unattributed", name: "Unattributed (UCDP candidate placeholder)", known: true };
  // "Islamic State of Iraq and the Levant (ISIL)", "Islamic State (Syria)": try the name without its bracket.
  const bare = TRAILING_BRACKET.exec(trimmed)?.[1];
  if (bare) {
    const inner = registry.lookup(bare);
    if (inner) return { id: inner.actor.id, name: actorName(inner.actor, lang), known: true, predecessor: inner.predecessor?.name };
  }
  const gov = GOVERNMENT.exec(trimmed);
  if (gov?.[1]) return { id: `gov-${slugify(gov[1])}`, name: `Government of ${gov[1]}`, known: true };
  return { id: slugify(trimmed), name: trimmed, known: false };
}

/**
 * Splits a side as UCDP writes it: a coalition is its members joined by ", " ("Ahrar al-Sham, HTS, Southern
 * Front"). A whole string the registry knows is never split (a name may itself contain a comma).
 */
export function splitSide(registry: Registry, side: string): string[] {
  const s = side.trim();
  if (!s) return [];
  if (registry.lookup(s)) return [s];
  return s
    .split(/,\s+/)
    .map((m) => m.trim())
    .filter((m) => m.length > 0);
}

/** The distinct actor ids of every member of a side. */
export function resolveSide(registry: Registry, side: string | null | undefined): string[] {
  if (!side) return [];
  const ids = splitSide(registry, side).map((m) => resolveName(registry, m).id);
  return [...new Set(ids)];
}
