/**
 * The claim extractor's view of actors: the registry's mentions (armed groups only), plus what claims
 * need on top: generic jihadist mentions ("jihadistische aanvallen"), mentions that are targets rather than
 * perpetrators ("operations against the PKK"), and the affiliate a plain "IS" means where the text places it
 * (IS in Afghanistan and Pakistan is Islamic State Khorasan Province).
 */
import { bundledRegistry, findActorMentions } from "../actors/index.ts";

/** An actor named in the text. */
export interface ActorHit {
  actorId: string;
  name: string;
  mention: string;
  start: number;
  end: number;
  /** Named as the target ("against IS", "gegen den IS"), not as the one acting. */
  target: boolean;
  /** A generic description ("jihadist"), weaker than a named group. */
  generic: boolean;
}

const GENERIC = /(?<![\p{L}])(?:jihadist\p{L}*|djihadist\p{L}*|dschihadist\p{L}*|jihadistische|jihadistes)(?![\p{L}])/giu;
const TARGET_BEFORE = /(?<![\p{L}])(?:against|on|targeting|tegen|op|gegen|auf|contre|visant)\s+(?:the\s+|de\s+|het\s+|den\s+|die\s+|der\s+|le\s+|la\s+|l['’]\s*)?(?:\p{L}+\s+){0,2}$/iu;
const KHORASAN_COUNTRIES = new Set(["AFG", "PAK"]);

/** Armed groups, and generic jihadist mentions, in the text. */
export function findActors(text: string): ActorHit[] {
  const registry = bundledRegistry();
  const hits: ActorHit[] = [];
  for (const m of findActorMentions(text, registry)) {
    if (registry.actors.get(m.actorId)?.kind !== "armed_group") continue;
    const target = TARGET_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
    hits.push({ actorId: m.actorId, name: m.name, mention: m.mention, start: m.start, end: m.end, target, generic: false });
  }
  GENERIC.lastIndex = 0;
  for (let m = GENERIC.exec(text); m; m = GENERIC.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => start < h.end && end > h.start)) continue;
    hits.push({ actorId: "jihadists", name: "jihadist groups", mention: m[0], start, end, target: false, generic: true });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The affiliate a plain mention means in the given countries (IS in Afghanistan → IS Khorasan). */
export function affiliate(actorId: string, countries: readonly string[]): { actorId: string; name: string } | undefined {
  if (actorId !== "is" || countries.length === 0 || !countries.every((c) => KHORASAN_COUNTRIES.has(c))) return undefined;
  const actor = bundledRegistry().actors.get("is-khorasan");
  return actor ? { actorId: actor.id, name: actor.name } : undefined;
}

/** The registry id of an actor name (for reading gold data), if the registry knows it. */
export function actorIdOf(name: string): string | undefined {
  return bundledRegistry().lookup(name)?.actor.id;
}
