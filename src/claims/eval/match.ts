/**
 * The fields of a claim compared over pairs that match on the judged core (number, unit class, period; see
 * judge.ts): how often each field is right once the figure itself was found. Actor and countries use the
 * judged definitions; the others are compared exactly.
 */
import type { Claim } from "../claim.ts";
import { knownSource } from "../lexicon/index.ts";
import type { GoldClaim } from "./dev-case.ts";
import { actorOk, countriesOk } from "./judge.ts";

const close = (a: number | null | undefined, b: number | null | undefined, rel: number, abs: number): boolean => {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return Math.abs(a - b) <= Math.max(abs, rel * Math.abs(b));
};

const strip = (s: string): string => s.replace(/\(.*?\)/g, "").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** The fields compared over matched pairs, each a predicate on (prediction, gold). */
export const FIELDS: Record<string, (p: Claim, g: GoldClaim) => boolean> = {
  actor: (p, g) => actorOk(g, p),
  countries: (p, g) => countriesOk(g, p),
  region: (p, g) => (p.region ?? null) === (g.region ?? null),
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
