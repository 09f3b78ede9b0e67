/**
 * The registry name a mistyped one was probably meant to be: "Daesch" → "Daesh". A name whose slug is a
 * registry id ("IS%" → is) is suggested too: names are matched exactly, never as patterns, so such a name
 * must not silently count that actor.
 */
import { normalizeName, slugify } from "./normalize.ts";
import type { Registry } from "./registry.ts";

/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short strings. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** A registry name a mistyped one probably meant; `certain` when the name slugs to that actor's very id. */
export interface Suggestion {
  alias: string;
  certain: boolean;
}

/**
 * The alias (as the registry writes it) closest to `name`, for a name the registry does not know: the actor
 * whose id the name slugs to (certain: its events would be that actor's), else an alias within two edits (one
 * for names of five letters or fewer; a guess: "PUK" is a group of its own, one edit from "PKK").
 */
export function suggestName(registry: Registry, name: string): Suggestion | undefined {
  const byId = registry.actors.get(slugify(name));
  if (byId) return { alias: byId.aliases.find((a) => slugify(a) === byId.id) ?? byId.name, certain: true };
  const n = normalizeName(name);
  const allowed = n.length <= 5 ? 1 : 2;
  let best: { alias: string; d: number } | undefined;
  for (const [alias] of registry.aliases()) {
    const a = normalizeName(alias);
    if (Math.abs(a.length - n.length) > allowed) continue;
    const d = editDistance(n, a);
    if (d <= allowed && (!best || d < best.d)) best = { alias, d };
  }
  return best && { alias: best.alias, certain: false };
}
