/**
 * The unit a clause makes of a noun: attacks the group claimed ("opgeëist", "claimed", "bekannte sich",
 * "revendiqués") are `claimed_attacks`, planned ones `planned_attacks`, foiled ones `foiled_attacks`;
 * deaths, victims, casualties and injuries of civilians get a `civilian_` prefix.
 */
import type { Lang } from "../lang.ts";
import { CLAIMED, CLAIMED_LIVES, FOILED, PLANNED } from "../lexicon/index.ts";

const CIVILIAN_UNITS = new Set(["deaths", "victims", "casualties", "injuries"]);

/** The unit a base noun unit becomes in its clause (folded). */
export function unitInClause(base: string, civilian: boolean, clause: string, lang: Lang): string {
  if (base === "attacks" || base === "suicide_attacks") {
    if (CLAIMED[lang].test(clause) && !CLAIMED_LIVES[lang].test(clause)) return base === "attacks" ? "claimed_attacks" : "claimed_suicide_attacks";
    if (FOILED[lang].test(clause)) return "foiled_attacks";
    if (PLANNED[lang].test(clause)) return "planned_attacks";
    return base;
  }
  return civilian && CIVILIAN_UNITS.has(base) ? `civilian_${base}` : base;
}

/** The noun unit under a unit's qualifications ("claimed_attacks" → "attacks"), for comparing units. */
export function baseUnit(unit: string): string {
  return unit
    .replace(/^(?:claimed|planned|foiled|civilian)_/, "")
    .replace(/_per_\w+$/, "")
    .replace(/^suicide_/, "");
}
