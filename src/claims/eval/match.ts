/**
 * Matching predicted claims to gold claims, and comparing their fields.
 *
 * A predicted claim matches a gold claim when claim_type and unit are equal and the key figure agrees:
 * the quantity for counts and rates (within 1 %, or 0.5), the fraction for shares (within 0.01), and for
 * comparisons the comparison type and value (within 2 %, or both null). Each claim matches at most once,
 * gold claims taken in order, each against the first unmatched prediction that fits.
 */
import { actorIdOf } from "../actors.ts";
import type { Claim } from "../claim.ts";
import { countryCode, knownSource } from "../lexicon/index.ts";
import type { GoldClaim } from "./dev-case.ts";

const close = (a: number | null | undefined, b: number | null | undefined, rel: number, abs: number): boolean => {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return Math.abs(a - b) <= Math.max(abs, rel * Math.abs(b));
};

/** Whether a prediction matches a gold claim. */
export function matches(pred: Claim, gold: GoldClaim): boolean {
  if (pred.claim_type !== gold.claim_type || pred.unit !== gold.unit) return false;
  switch (pred.claim_type) {
    case "count":
    case "rate":
      return gold.quantity !== null && gold.quantity !== undefined && close(pred.quantity, gold.quantity, 0.01, 0.5);
    case "share":
      return close(pred.quantity, gold.quantity, 0, 0.01);
    case "comparison":
      return pred.comparison?.type === gold.comparison?.type && close(pred.comparison?.value, gold.comparison?.value, 0.02, 0.01);
    default: {
      const never: never = pred.claim_type;
      throw new Error(`unknown claim type ${String(never)}`);
    }
  }
}

/** Pairs of matched (prediction index, gold index), plus the unmatched of each side. */
export function pair(preds: Claim[], golds: GoldClaim[]): { pairs: Array<[number, number]>; extra: number[]; missed: number[] } {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const missed: number[] = [];
  golds.forEach((g, gi) => {
    const pi = preds.findIndex((p, i) => !used.has(i) && matches(p, g));
    if (pi < 0) missed.push(gi);
    else {
      used.add(pi);
      pairs.push([pi, gi]);
    }
  });
  return { pairs, extra: preds.map((_, i) => i).filter((i) => !used.has(i)), missed };
}

const strip = (s: string): string => s.replace(/\(.*?\)/g, "").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** The fields compared over matched pairs, each a predicate on (prediction, gold). */
export const FIELDS: Record<string, (p: Claim, g: GoldClaim) => boolean> = {
  actor: (p, g) => {
    if (!g.actor) return !p.actor;
    const id = actorIdOf(g.actor.replace(/\(.*?\)/g, "").trim());
    if (id && p.actor_id) return id === p.actor_id;
    return p.actor !== null && strip(p.actor) === strip(g.actor);
  },
  countries: (p, g) => {
    const gold = new Set((g.countries ?? []).map((c) => (c === "World" ? "WLD" : (countryCode(c) ?? c))));
    const pred = new Set([...p.countries, ...(p.region === "World" ? ["WLD"] : [])]);
    return gold.size === pred.size && [...gold].every((c) => pred.has(c));
  },
  period_start: (p, g) => (p.period_start ?? null) === (g.period_start ?? null),
  period_end: (p, g) => (p.period_end ?? null) === (g.period_end ?? null),
  qualifier: (p, g) => (p.qualifier ?? null) === (g.quantity_qualifier ?? null),
  comparison: (p, g) => {
    const gc = g.comparison ?? null;
    const pc = p.comparison;
    if (!gc || !pc) return !gc && !pc;
    return pc.type === gc.type && (pc.direction ?? null) === (gc.direction ?? null) && close(pc.value, gc.value, 0.02, 0.01);
  },
  attributed_source: (p, g) => {
    const gs = g.attributed_source ?? null;
    const ps = p.attributed_source;
    if (!gs || !ps) return !gs && !ps;
    const gk = knownSource(gs);
    const pk = knownSource(ps);
    if (gk || pk) return gk === pk;
    const a = strip(gs);
    const b = strip(ps);
    return a.includes(b) || b.includes(a);
  },
};
