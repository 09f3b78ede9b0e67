/**
 * The definition of a correct claim the project is judged by: a line-for-line port of
 * `shared/claims/score.py` (its `fam`, `uclass`, `period_ok`, `qty_ok`, `countries_ok`, `actor_ok`, `core`,
 * `full` and `max_matching`). Keep it in step with that file; `bench/claims/replay.ts` lets score.py read
 * the same predictions, so the two can be compared number for number.
 *
 * "core": the number (or the comparison's ratio / percent / direction), the unit class (attacks / deaths /
 * casualties) and the period (overlap ≥ 75 % of the union) agree. "full" also needs the actor family and
 * the countries. Pairs are matched one to one by maximum matching.
 */

/** A claim as score.py sees it: a loose record, gold or predicted. */
export type LooseClaim = Readonly<Record<string, unknown>>;

const ISO3: Readonly<Record<string, string>> = {
  Syria: "SYR", Iraq: "IRQ", Niger: "NER", "Burkina Faso": "BFA", Somalia: "SOM", Afghanistan: "AFG", Nigeria: "NGA",
  Mali: "MLI", Cameroon: "CMR", Pakistan: "PAK", Chad: "TCD", Australia: "AUS", Turkey: "TUR", Kenya: "KEN",
  "United States": "USA", Mozambique: "MOZ", Libya: "LBY", Egypt: "EGY", Yemen: "YEM", Philippines: "PHL", Benin: "BEN", Togo: "TGO",
};

const str = (v: unknown): string => (typeof v === "string" ? v : "");
/** Python's `x or ''` for the values a claim holds. */
const orEmpty = (v: unknown): string => (v === null || v === undefined || v === false ? "" : String(v));
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);
const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" ? (v as Record<string, unknown>) : {});

/** The actor family: affiliates apart from the core group; no actor or a generic one is "generic". */
export function actorFamily(actor: unknown): string {
  const a = orEmpty(actor).toLowerCase().normalize("NFKD");
  if (/khorasan|iskp|is-k\b|isis-k/.test(a)) return "iskp";
  if (/west.africa|iswap/.test(a) && !a.includes("boko")) return "iswap";
  if (/greater.sahara|isgs|sahel.province|is-sahel/.test(a)) return "isgs";
  if (a.includes("shabaab") || a.includes("shabab")) return "shabaab";
  if (a.includes("boko")) return "boko";
  if (a.includes("pkk")) return "pkk";
  if (a.includes("jnim") || a.includes("nusrat")) return "jnim";
  if (a.includes("tehreek") || /\bttp\b/.test(a)) return "ttp";
  if (/jihad|all perpetrators|militants|terrorist groups|affiliates|al-qaeda and/.test(a)) return "generic";
  if (/islamic state|islamitische|islamischer|islamique|\bisis\b|\bisil\b|daesh|^is$|\bis\b/.test(a)) return "is";
  return a === "" ? "generic" : `other:${a}`;
}

/** The unit class: death, casualty or attack; any other unit is its own class. */
export function unitClass(unit: unknown): string {
  const u = orEmpty(unit).toLowerCase();
  if (/death|killed|fatal|victim|dead|toten|morts/.test(u)) return "death";
  if (/casualt|injur|wound/.test(u)) return "casualty";
  if (/attack|event|plot|incident|operation|aanslag/.test(u)) return "attack";
  return u;
}

/** Days since the epoch of an ISO date's first ten characters, or null when it is not a valid date. */
function day(v: unknown): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(str(v).slice(0, 10));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000;
}

function periodOk(g: LooseClaim, p: LooseClaim): boolean {
  const gs = day(g.period_start);
  const ge = day(g.period_end);
  if (gs === null || ge === null) return true;
  const ps = day(p.period_start);
  const pe = day(p.period_end);
  if (ps === null || pe === null) return false;
  const inter = Math.min(ge, pe) - Math.max(gs, ps) + 1;
  const union = Math.max(ge, pe) - Math.min(gs, ps) + 1;
  return inter > 0 && inter / union >= 0.75;
}

function asRatio(c: Record<string, unknown>): number | null {
  const value = num(c.value);
  if (value === null) return null;
  if (c.type === "ratio") return value;
  if (c.type === "percent_change") return 1 + value / 100;
  return null;
}

function quantityOk(g: LooseClaim, p: LooseClaim): boolean {
  const gq = num(g.quantity);
  if (g.quantity !== null && g.quantity !== undefined) {
    const pq = num(p.quantity);
    if (pq === null || gq === null) return false;
    return Math.abs(gq - pq) <= Math.max(g.claim_type === "share" ? 0.011 : 0.5, 1e-9);
  }
  const gc = rec(g.comparison);
  const pc = rec(p.comparison);
  if (Object.keys(pc).length === 0) return false;
  const gr = asRatio(gc);
  const pr = asRatio(pc);
  if (gr !== null) return pr !== null && Math.abs(gr - pr) <= 0.05 * Math.max(Math.abs(gr), 1e-9);
  const sameDirection = orEmpty(gc.direction).slice(0, 3) === orEmpty(pc.direction).slice(0, 3);
  return sameDirection && (gc.type === pc.type || ["direction", "greater_than", "rank"].includes(str(gc.type)));
}

/** Whether the predicted countries are the gold ones (a subset suffices when some gold names are not countries). */
export function countriesOk(g: LooseClaim, p: LooseClaim): boolean {
  const names = Array.isArray(g.countries) ? (g.countries as unknown[]) : [];
  const gc = new Set(names.map((c) => ISO3[str(c)]).filter((c): c is string => c !== undefined));
  if (gc.size === 0) return true;
  const pc = new Set((Array.isArray(p.countries) ? (p.countries as unknown[]) : []).map((x) => String(x).toUpperCase()));
  const subset = [...gc].every((c) => pc.has(c));
  return gc.size < names.length ? subset : subset && gc.size === pc.size;
}

/** Whether the predicted actor is of the gold actor's family; a generic gold refuses any named group. */
export function actorOk(g: LooseClaim, p: LooseClaim): boolean {
  const gf = actorFamily(g.actor);
  const pf = actorFamily(orEmpty(p.actor_id) || orEmpty(p.actor) || orEmpty(p.actor_mention));
  if (gf === "generic") return !["is", "shabaab", "boko", "pkk", "jnim", "ttp"].some((x) => pf.startsWith(x)) || pf === gf;
  return gf === pf;
}

/** Number, unit class and period agree. */
export const coreMatch = (g: LooseClaim, p: LooseClaim): boolean => quantityOk(g, p) && unitClass(g.unit) === unitClass(p.unit) && periodOk(g, p);
/** Core, and the actor family and the countries agree. */
export const fullMatch = (g: LooseClaim, p: LooseClaim): boolean => coreMatch(g, p) && actorOk(g, p) && countriesOk(g, p);

/**
 * The largest one-to-one pairing of gold and predicted claims that match (augmenting paths, in score.py's
 * order): a map from prediction index to gold index.
 */
export function maxMatching(gold: readonly LooseClaim[], out: readonly LooseClaim[], fn: (g: LooseClaim, p: LooseClaim) => boolean): Map<number, number> {
  const edges = gold.map((g) => out.flatMap((p, i) => (fn(g, p) ? [i] : [])));
  const owner = new Map<number, number>();
  const augment = (gi: number, seen: Set<number>): boolean => {
    for (const i of edges[gi] ?? []) {
      if (seen.has(i)) continue;
      seen.add(i);
      const o = owner.get(i);
      if (o === undefined || augment(o, seen)) {
        owner.set(i, gi);
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, gi) => augment(gi, new Set()));
  return owner;
}

/** score.py's reading of a publication date: a year is its 1 July, a month its 15th. */
export function judgedPublished(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  if (s.length === 4) return `${s}-07-01`;
  if (s.length === 7) return `${s}-15`;
  return s;
}
