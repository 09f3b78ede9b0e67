/**
 * Checking a comparison claim ("verdubbeld", "fell by a third") against the article's own figures: when the
 * text gives counts for two periods of different lengths, the claim can hold for the annualised rate and not
 * for the counts — 153 in a half-year against 121 in a year is 1.26× in counts and 2.53× as a yearly rate.
 */
import { comparePeriods } from "../../analysis/compare/index.ts";
import { daysInclusive } from "../../periods/index.ts";
import type { Messages } from "../../messages/index.ts";
import type { Claim } from "../claim.ts";
import type { ClaimVerdict, Evidence } from "./types.ts";

/** The claimed ratio a/b, from a ratio, a percentage change or a direction alone (null). */
function claimedRatio(c: Claim): number | null {
  const cmp = c.comparison;
  if (!cmp || cmp.value == null) return null;
  if (cmp.type === "ratio") return cmp.direction === "decrease" && cmp.value > 1 ? 1 / cmp.value : cmp.value;
  if (cmp.type === "percent_change") return 1 + ((cmp.direction === "decrease" ? -1 : 1) * cmp.value) / 100;
  return null;
}

/**
 * The two count claims the comparison is about: same actor, unit and places, two different periods — the
 * comparison's own period and its reference period when the text names them, else the latest two.
 */
export function pairFor(c: Claim, counts: Claim[]): [Claim, Claim] | null {
  return pairOf(c, counts, (u) => u) ?? pairOf(c, counts, claimedAsAttacks);
}

/** "Le nombre d'attaques a doublé" over "153 attaques revendiquées … 121": attacks the group claimed are its attacks here. */
const claimedAsAttacks = (unit: string) => unit.replace(/^claimed_/, "");

function pairOf(c: Claim, counts: Claim[], unitOf: (unit: string) => string): [Claim, Claim] | null {
  const same = counts.filter((x) => x.actor_id === c.actor_id && unitOf(x.unit) === unitOf(c.unit) && x.quantity != null && x.period_start && x.period_end && (c.countries.length === 0 || sameSet(x.countries, c.countries)));
  const at = (start: string | null | undefined, end: string | null | undefined) => same.find((x) => x.period_start === start && x.period_end === end);
  const own = at(c.period_start, c.period_end);
  const ref = at(c.comparison?.ref_period_start, c.comparison?.ref_period_end);
  if (own && ref && own !== ref) return [own, ref];
  const byPeriod = new Map(same.map((x) => [`${x.period_start}..${x.period_end}`, x]));
  const distinct = [...byPeriod.values()].sort((x, y) => (y.period_start! < x.period_start! ? -1 : 1));
  if (distinct.length < 2) return null;
  return [distinct[0]!, distinct[1]!];
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

const close = (x: number, y: number) => Math.abs(x - y) <= 0.1 * Math.abs(y);

/**
 * Checks a comparison ("doubled", "verdreifacht", "x-fold") on the article's own two figures: whether the claimed
 * factor holds for the counts, only for the annualised rates (periods of different lengths), or for neither.
 */
export function checkComparison(c: Claim, quote: string, counts: Claim[], m: Messages): ClaimVerdict {
  const base = { claim: c, quote };
  const pair = pairFor(c, counts);
  const ratio = claimedRatio(c);
  if (!pair) return { ...base, verdict: "unchecked", summary: m.check.noPair, evidence: [] };
  const [a, b] = pair;
  const cmp = comparePeriods({
    a: { count: a.quantity!, days: daysInclusive(a.period_start!, a.period_end!), label: a.period_expression ?? a.period_start! },
    b: { count: b.quantity!, days: daysInclusive(b.period_start!, b.period_end!), label: b.period_expression ?? b.period_start! },
  });
  const absolute = cmp.countRatio ?? NaN;
  const rate = cmp.rateRatio ?? NaN;
  const ci = cmp.ci;
  const w = m.check;
  const x2 = (n: number) => n.toLocaleString(m.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const n = (v: number) => v.toLocaleString(m.locale, { maximumFractionDigits: 2 });
  const evidence: Evidence[] = [
    { kind: "arithmetic", source: w.ownFigures, value: absolute, comparable: true, text: w.absolute(n(a.quantity!), n(b.quantity!), x2(absolute)) },
    { kind: "arithmetic", source: w.ownFigures, value: rate, comparable: true, text: w.rate(x2(rate), ci ? w.ci(x2(ci.lower), x2(ci.upper)) : "", n(cmp.a.days), n(cmp.b.days)) },
  ];
  if (ratio === null) {
    const dir = c.comparison?.direction;
    const ok = dir === "increase" ? absolute > 1 : dir === "decrease" ? absolute < 1 : true;
    return { ...base, evidence, verdict: ok ? "consistent" : "inconsistent", summary: ok ? w.sameDirection : w.otherDirection };
  }
  if (close(absolute, ratio)) return { ...base, evidence, verdict: "consistent", summary: w.countsHold(x2(absolute), n(ratio)) };
  const inRate = ci ? ratio >= ci.lower && ratio <= ci.upper : close(rate, ratio);
  if (inRate) {
    const projected = c.comparison?.projected ?? false;
    return { ...base, evidence, verdict: projected ? "consistent" : "inconsistent", summary: w.projection(x2(absolute), x2(rate), projected) };
  }
  return { ...base, evidence, verdict: "inconsistent", summary: w.neither(x2(absolute), x2(rate), n(ratio)) };
}
