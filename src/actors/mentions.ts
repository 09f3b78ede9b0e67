/**
 * Finds actor names in free text (news articles in any of the four languages). Short all-capital aliases
 * ("IS", "EI", "JAS") match only with their exact case and on word boundaries, so the English verb "is" and
 * the French "est" never become the Islamic State; longer aliases match case- and accent-insensitively.
 */
import type { Registry } from "./registry.ts";

export interface ActorMention {
  actorId: string;
  name: string;
  mention: string;
  start: number;
  end: number;
  predecessor?: string;
}

interface Pattern {
  re: RegExp;
  actorId: string;
  name: string;
  predecessor?: string;
}

const cache = new WeakMap<Registry, Pattern[]>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Builds an accent- and apostrophe-tolerant pattern for an alias. */
function aliasPattern(alias: string): RegExp {
  const strict = alias.length <= 4 && alias === alias.toUpperCase();
  const body = [...alias.normalize("NFC")]
    .map((ch) => {
      if (/['’ʼ]/.test(ch)) return "['’ʼ]?";
      if (ch === " ") return "[\\s\\u00a0]+";
      if (ch === "-") return "[-‐‑–\\s]?";
      const base = ch.normalize("NFKD").replace(/\p{M}/gu, "");
      if (strict || base === ch || !/\p{L}/u.test(base)) return escape(ch);
      return `[${escape(base)}${escape(ch)}]`;
    })
    .join("");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, strict ? "gu" : "giu");
}

function patterns(registry: Registry): Pattern[] {
  let ps = cache.get(registry);
  if (!ps) {
    ps = registry
      .aliases()
      .sort((a, b) => b[0].length - a[0].length)
      .map(([alias, hit]) => ({ re: aliasPattern(alias), actorId: hit.actor.id, name: hit.actor.name, predecessor: hit.predecessor?.name }));
    cache.set(registry, ps);
  }
  return ps;
}

/** Every actor mention in the text, longest alias first, never overlapping, in text order. */
export function findActorMentions(registry: Registry, text: string): ActorMention[] {
  const taken: Array<[number, number]> = [];
  const out: ActorMention[] = [];
  for (const p of patterns(registry)) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      out.push({ actorId: p.actorId, name: p.name, mention: m[0], start, end, predecessor: p.predecessor });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
