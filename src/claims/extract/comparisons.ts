/**
 * Comparisons: ratios ("verdubbeld", "more than tripling", "ein Drittel der Vorjahreszahl"), percentage
 * changes ("55% higher", "um 60 Prozent gesunken", "ein Rückgang um ein Drittel"), directions ("this
 * figure dropped to 677", "neemt weer toe"), comparatives ("meer aanslagen … dan in heel 2023") and ranks
 * ("voor het eerst sinds"). A comparison attaches to the figure it qualifies when the sentence has one of
 * the same unit; otherwise it is a claim of its own.
 */
import type { Lang } from "../lang.ts";
import type { TrendWord } from "../lexicon/index.ts";
import { yearOf, yearRange, type DayRange, type PeriodMention } from "../periods/index.ts";
import { clauseAt, type Passage, type SentenceFacts, type UnitMention } from "./analysis.ts";
import { isReference } from "./context.ts";
import type { ComparisonDraft, Draft } from "./draft.ts";
import { FROM_BEFORE, TO_BEFORE } from "./from-to.ts";
import { baseUnit } from "./unit-cues.ts";

const PRIORITY: Record<ComparisonDraft["type"], number> = { rank: 4, percent_change: 3, ratio: 3, greater_than: 2, direction: 1 };
// "by a third", "um ein Drittel", "d'un tiers", and Dutch "een daling van een derde" ("van" only after a noun of change).
const BY_BEFORE = /(?<![\p{L}])(?:(?:by|um|met|de|of|(?:daling|stijging|toename|afname|groei|vermindering) van)\s+|d'\s*)(?:\p{L}+\s+){0,1}$/u;
const NEGATED = /(?<![\p{L}])(?:niet|not|nicht|kein|pas|never|nooit|nie)\s+(?:\p{L}+\s+)?$/u;
const FRACTION_MORE = /^\s*(?:meer|minder|more|fewer|less|mehr|weniger|de plus|de moins|plus|moins)(?![\p{L}])/u;
const OF_AFTER = /^\s*(?:of|der|des|van|de|du|d')\s/u;
const THIS_IS: Record<Lang, RegExp> = {
  nl: /^\s*(?:dat|dit) (?:is|zijn|betekent)/u,
  en: /^\s*(?:this|that|it) (?:is|was|represents|marks)/u,
  de: /^\s*(?:das|dies) (?:ist|sind|war|bedeutet)/u,
  fr: /^\s*(?:c'est|cela represente|ce qui represente|soit)/u,
};
const HIGHER = /(?<![\p{L}])(?:higher|more|hoger|meer|hoher|mehr|plus|superieur)(?![\p{L}])/u;
const LOWER = /(?<![\p{L}])(?:lower|fewer|less|lager|minder|niedriger|weniger|moins|inferieur)(?![\p{L}])/u;
const RATE_WORD = /(?:rate|tempo|pace|rhythm|rythme|frequentie|frequenz|cadence)/u;

/** Attaches a comparison unless the draft already has a more specific one. */
export function setComparison(d: Draft, c: ComparisonDraft): void {
  if (d.comparison && PRIORITY[d.comparison.type] >= PRIORITY[c.type]) return;
  d.comparison = c;
}

function sameClause(facts: SentenceFacts, a: number, b: number): boolean {
  return clauseAt(facts.sentence, a).index === clauseAt(facts.sentence, b).index;
}

function unitNear(facts: SentenceFacts, t: TrendWord): UnitMention | undefined {
  const after = facts.units.find((u) => u.start >= t.end && u.start - t.end < 70 && sameClause(facts, u.start, t.start));
  if (after) return after;
  const before = facts.units.filter((u) => u.end <= t.start && sameClause(facts, u.start, t.start));
  return before[before.length - 1];
}

function periodAfter(facts: SentenceFacts, at: number): PeriodMention | undefined {
  return facts.periods.find((pm) => pm.start >= at && pm.kind !== "duration" && pm.range);
}

const OF_WORD = /(?:^|\s)(?:of|van|de|d'|der|des|du|its|their|ses|leurs|son|sa|zijn|hun|ihre|seine|ihrer|seiner|those|die|dat|dem)(?:\s|$)/u;

/** "om het totaal van vorig jaar te verdubbelen", "das Niveau des Vorjahres zu verdoppeln": an infinitive at the clause's end. */
const INFINITIVE_BEFORE = /(?:^|\s)(?:te|zu)\s+$/u;
/** The object's period is marked by "van", "von", "des": before it ("van vorig jaar") or as its first word ("des Vorjahres"). */
const OF = "van|von|vom|des|der";
const OF_BEFORE = new RegExp(`(?:^|\\s)(?:${OF})\\s+(?:(?:het|de|dem)\\s+)?$`, "u");
const OF_FIRST = new RegExp(`^(?:${OF})\\s`, "u");

/**
 * The reference period of a verb-final ratio, read before its word: the period of the object it multiplies
 * ("het totaal van vorig jaar te verdubbelen").
 */
function refPeriodBefore(p: Passage, facts: SentenceFacts, t: { start: number }): PeriodMention | undefined {
  if (!INFINITIVE_BEFORE.test(p.folded.slice(Math.max(facts.sentence.start, t.start - 6), t.start))) return undefined;
  const pm = facts.periods.filter((x) => x.range && x.end <= t.start && sameClause(facts, x.start, t.start)).pop();
  if (!pm) return undefined;
  const of = OF_BEFORE.test(p.folded.slice(Math.max(facts.sentence.start, pm.start - 12), pm.start)) || OF_FIRST.test(p.folded.slice(pm.start, pm.end));
  return of ? pm : undefined;
}

/**
 * The reference period of a ratio read after its word: one marked as such ("than in 2023", "its 2023
 * tempo", "those of the previous year", "sur toute l'année 2023"), or the start of a "since" period. An
 * unmarked period after the word ("a triplé l'an dernier") is the claim's own, not the reference.
 */
function refPeriodAfter(p: Passage, facts: SentenceFacts, at: number): { mention: PeriodMention; range: DayRange } | undefined {
  const pm = periodAfter(facts, at);
  if (!pm?.range) return undefined;
  const between = p.folded.slice(at, pm.start);
  if (isReference(p, pm) || OF_WORD.test(between) || /vorjahr/u.test(p.folded.slice(pm.start, pm.end))) return { mention: pm, range: pm.range };
  if (pm.kind === "to_date") return { mention: pm, range: yearRange(yearOf(pm.range.start)) };
  return undefined;
}

/**
 * A figure named as what another is compared with: "gegenüber 2022 (200)", "dreimal so viele wie 2022, als es
 * 200 waren", "up from 200", "tegen 200 een jaar eerder", "contre 200". A factor ("verdreifacht", "tripled")
 * belongs to the other figure.
 */
const REFERENCE_FIGURE = /(?<![\p{L}])(?:dan|than|als|que|qu'|compared (?:with|to)|verglichen mit|im vergleich (?:zu|mit)|vergeleken met|ten opzichte van|par rapport a|tegenover|tegen|gegenuber|contre|wie|comme|versus|against|from|van|von)\s+[^.;:\d]{0,24}(?:(?:19|20)\d\d[^.;:\d]{0,20})?$/u;

function referenceFigure(p: Passage, d: Draft): boolean {
  return REFERENCE_FIGURE.test(p.folded.slice(Math.max(0, d.quantityStart - 50), d.quantityStart));
}

/** The figure a factor or change is about: the latest one not named as the reference. */
function subjectOf(p: Passage, ds: Draft[]): Draft | undefined {
  const own = ds.filter((d) => !referenceFigure(p, d));
  return latest(own.length > 0 ? own : ds);
}

function latest(ds: Draft[]): Draft | undefined {
  return [...ds].sort((a, b) => (b.period?.range?.end ?? "").localeCompare(a.period?.range?.end ?? "") || b.anchor - a.anchor)[0];
}

function earliest(ds: Draft[]): Draft | undefined {
  return [...ds].sort((a, b) => (a.period?.range?.end ?? "9").localeCompare(b.period?.range?.end ?? "9") || a.anchor - b.anchor)[0];
}

function directionWords(facts: SentenceFacts, near: number): TrendWord | undefined {
  const ws = facts.trends.filter((t) => (t.kind === "increase" || t.kind === "decrease") && sameClause(facts, t.start, near));
  return ws.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near))[0];
}

/** What the comparisons of one sentence produce: claims of their own, and a direction left for the next sentence. */
export interface ComparisonResult {
  standalone: Draft[];
  pending?: { trend: TrendWord; unit: string; sentence: number };
}

function standalone(facts: SentenceFacts, t: { start: number; end: number }, unit: string, c: ComparisonDraft): Draft {
  return {
    sentence: facts.sentence.index, start: t.start, end: t.end, anchor: t.start, type: "comparison", quantity: null,
    quantityStart: t.start, quantityEnd: t.end, qualifier: null, unit, comparison: c, projected: c.projected, restrictive: false, already: false,
  };
}

/**
 * Reads the comparisons of a sentence, attaching them to its drafts (or the previous sentence's, for "This
 * is 55% higher") and returning the comparisons that stand alone.
 */
export function applyComparisons(p: Passage, facts: SentenceFacts, drafts: Draft[], prior: Draft[], pending: ComparisonResult["pending"]): ComparisonResult {
  const out: Draft[] = [];
  const s = facts.sentence;
  const text = p.folded.slice(s.start, s.end);
  const projected = facts.trends.some((t) => t.kind === "projection");
  const used = new Set<number>();
  const fallbackUnit = facts.units[0]?.unit ?? prior[prior.length - 1]?.unit;
  const lastRef = [...prior].reverse().find((d) => d.comparison?.ref)?.comparison?.ref;
  // "up from 48%" where 48% is a share of its own: the words of change introduce that share, no comparison.
  for (const w of facts.trends) {
    if ((w.kind === "increase" || w.kind === "decrease") && drafts.some((d) => d.type === "share" && d.quantityStart >= w.end && d.quantityStart - w.end <= 6)) used.add(w.start);
  }

  for (const t of facts.trends.filter((x) => x.kind === "ratio")) {
    const value = t.value ?? null;
    if (value === null) continue;
    const own = unitNear(facts, t);
    const refPm = refPeriodAfter(p, facts, t.end);
    const before = refPm ? undefined : refPeriodBefore(p, facts, t);
    const c: ComparisonDraft = {
      type: "ratio", direction: value >= 1 ? "increase" : "decrease", value, start: t.start, end: t.end,
      ref: refPm?.range ?? before?.range ?? lastRef, refQuantity: null, projected, ...(before ? { refBefore: true } : {}),
    };
    const rateTalk = RATE_WORD.test(p.folded.slice(t.start, Math.min(s.end, t.end + 30))) && drafts.some((d) => d.type === "rate");
    const candidates = drafts.filter((d) => (rateTalk ? d.type === "rate" : d.type !== "rate") && (!own || baseUnit(d.unit) === baseUnit(own.unit)));
    const mismatch = own && candidates.length > 0 && candidates.every((d) => d.unit.replace(/_per_\w+$/, "") !== own.unit) && !rateTalk;
    const target = mismatch ? undefined : subjectOf(p, candidates);
    used.add(t.start);
    for (const w of facts.trends) if ((w.kind === "increase" || w.kind === "decrease") && sameClause(facts, w.start, t.start)) used.add(w.start);
    if (target) {
      const other = earliest(candidates.filter((d) => d !== target));
      if (other) {
        c.refQuantity = other.quantity;
        c.ref = other.period?.range ?? c.ref;
      }
      setComparison(target, c);
    } else {
      const unit = own?.unit ?? fallbackUnit;
      if (unit) out.push(standalone(facts, t, unit, c));
    }
  }

  for (const f of facts.fractions) {
    const before = p.folded.slice(Math.max(s.start, f.start - 20), f.start);
    const dir = directionWords(facts, f.start);
    const target = [...drafts].filter((d) => d.anchor < f.start).pop() ?? drafts[0];
    if (BY_BEFORE.test(before) && dir) {
      const sign = dir.kind === "increase" ? 1 : -1;
      const c: ComparisonDraft = { type: "percent_change", direction: dir.kind === "increase" ? "increase" : "decrease", value: Math.round(sign * f.value * 1000) / 10, start: dir.start < f.start ? dir.start : f.start, end: f.end, refQuantity: null, projected };
      used.add(dir.start);
      if (target) setComparison(target, c);
      else if (fallbackUnit) out.push(standalone(facts, f, fallbackUnit, c));
    } else if (FRACTION_MORE.test(p.folded.slice(f.end, f.end + 14))) {
      // "een kwart meer dan in 2017", "a third fewer", "ein Viertel weniger", "un quart de plus".
      const more = !/^\s*(?:minder|fewer|less|weniger|de moins|moins)/u.test(p.folded.slice(f.end, f.end + 14));
      const c: ComparisonDraft = { type: "percent_change", direction: more ? "increase" : "decrease", value: Math.round((more ? 1 : -1) * f.value * 1000) / 10, start: f.start, end: f.end, refQuantity: null, projected };
      const refPm = facts.periods.find((pm) => pm.start > f.end && pm.range && isReference(p, pm) && sameClause(facts, pm.start, f.start));
      if (refPm) c.ref = refPm.range;
      const anaphoric = THIS_IS[p.lang].test(text) ? prior.filter((d) => d.sentence === s.index - 1 && d.type !== "comparison" && d.type !== "share").pop() : undefined;
      // A figure already given a change keeps it: a second change against another year stands alone.
      // and a percentage before the fraction ("15 procent minder dan in 2017 en de helft minder dan in 2014") is its first change.
      const percentFirst = facts.quantities.some((x) => x.percent && x.end <= f.start);
      const before = percentFirst ? undefined : [...drafts.filter((d) => d.anchor < f.start && d.type !== "share"), ...(anaphoric ? [anaphoric] : [])].filter((d) => !d.comparison).pop();
      if (before) setComparison(before, c);
      else if (fallbackUnit) out.push(standalone(facts, f, fallbackUnit, c));
    } else if (OF_AFTER.test(p.folded.slice(f.end, f.end + 6))) {
      const refPm = periodAfter(facts, f.end);
      if (!refPm || refPm.start - f.end > 25) continue;
      const c: ComparisonDraft = { type: "ratio", direction: f.value >= 1 ? "increase" : "decrease", value: Math.round(f.value * 1000) / 1000, start: f.start, end: refPm.end, ref: refPm.range, refQuantity: null, projected };
      if (target) setComparison(target, c);
    }
  }

  for (const q of facts.quantities.filter((x) => x.percent)) {
    const dir = directionWords(facts, q.start);
    if (drafts.some((d) => d.type === "share" && d.quantityStart === q.start)) {
      // "der Anteil … stieg auf 40 Prozent": the rise is how the share got there, no change of its own.
      if (dir && TO_BEFORE[p.lang].test(p.folded.slice(dir.end, q.start))) used.add(dir.start);
      continue;
    }
    const after = p.folded.slice(q.end, Math.min(s.end, q.end + 25));
    const increase = dir ? dir.kind === "increase" : HIGHER.test(after) ? true : LOWER.test(after) ? false : undefined;
    if (increase === undefined) continue;
    if (dir) used.add(dir.start);
    const c: ComparisonDraft = { type: "percent_change", direction: increase ? "increase" : "decrease", value: increase ? q.value : -q.value, start: q.start, end: dir && dir.end > q.end ? dir.end : q.end, refQuantity: null, projected };
    const refPm = facts.periods.find((pm) => pm.start > q.end && pm.range && isReference(p, pm) && sameClause(facts, pm.start, q.start));
    if (refPm) c.ref = refPm.range;
    const thanDraft = drafts.find((d) => d.anchor > q.end && /(?<![\p{L}])(?:than|dan|als|que)\s+(?:\p{L}+\s+){0,2}$/u.test(p.folded.slice(Math.max(q.end, d.quantityStart - 20), d.quantityStart)));
    if (thanDraft) {
      c.refQuantity = thanDraft.quantity;
      c.ref = thanDraft.period?.range;
    }
    const toDraft = drafts.find((d) => d.anchor > q.end && sameClause(facts, d.anchor, q.start) && TO_BEFORE[p.lang].test(p.folded.slice(q.end, d.quantityStart)));
    const anaphoric = THIS_IS[p.lang].test(text) ? prior.filter((d) => d.sentence === s.index - 1).find((d) => d.type !== "comparison") : undefined;
    const target = toDraft ?? anaphoric ?? drafts.find((d) => d !== thanDraft && sameClause(facts, d.anchor, q.start)) ?? drafts.find((d) => d !== thanDraft);
    if (target) setComparison(target, c);
    else {
      // "het aantal doden door IS daalde met 75 procent": the unit named in the change's own clause.
      // A frame ("le nombre de morts lors d'attaques") names what is counted before any other noun.
      const clauseUnits = facts.units.filter((u) => u.end <= q.start && sameClause(facts, u.start, q.start));
      const inClause = (clauseUnits.find((u) => u.frame) ?? clauseUnits[clauseUnits.length - 1])?.unit;
      const unit = inClause ?? fallbackUnit;
      if (unit) out.push(standalone(facts, q, unit, c));
    }
  }

  for (const t of facts.trends.filter((x) => x.kind === "more" || x.kind === "less")) {
    const next = facts.trends.find((x) => x.kind === "than" && x.start > t.end && x.start - t.end <= 2);
    const figureBefore = facts.quantities.some((q) => q.end <= t.start && t.start - q.end <= 2);
    const figureAfter = facts.quantities.some((q) => q.numberStart >= t.end && q.numberStart - t.end <= 12);
    if (next || figureBefore || figureAfter) continue;
    const unit = facts.units.find((u) => u.start > t.end && u.start - t.end < 25);
    const than = facts.trends.find((x) => x.kind === "than" && x.start > (unit?.end ?? t.end));
    if (!unit || !than) continue;
    if (facts.quantities.some((q) => q.numberStart >= than.end && q.numberStart - than.end < 4)) continue;
    const refPm = facts.periods.find((pm) => pm.start >= than.end && pm.range);
    if (!refPm) continue;
    const c: ComparisonDraft = { type: "greater_than", direction: t.kind === "more" ? "increase" : "decrease", value: null, start: t.start, end: refPm.end, ref: refPm.range, refQuantity: null, projected };
    out.push(standalone(facts, t, unit.unit, c));
    used.add(t.start);
  }

  for (const t of facts.trends.filter((x) => x.kind === "rank")) {
    const target = drafts.find((d) => d.type !== "comparison");
    if (!target) continue;
    const dir = facts.trends.find((x) => x.kind === "increase" || x.kind === "decrease");
    const since = facts.periods.find((pm) => pm.start > t.start && pm.range && isReference(p, pm) === false);
    setComparison(target, {
      type: "rank", direction: dir ? (dir.kind === "increase" ? "increase" : "decrease") : null, value: null, start: t.start, end: t.end,
      ref: since?.range && target.period?.range ? { start: since.range.start, end: since.range.end } : since?.range, refQuantity: null, projected,
    });
    if (dir) used.add(dir.start);
  }

  // "niet afgenomen", "did not fall", "nicht gesunken", "n'a pas baissé": a negated change states none.
  const directions = facts.trends.filter((x) => (x.kind === "increase" || x.kind === "decrease") && !used.has(x.start) && !NEGATED.test(p.folded.slice(Math.max(s.start, x.start - 14), x.start)));
  for (const t of directions) {
    const c: ComparisonDraft = { type: "direction", direction: t.kind === "increase" ? "increase" : "decrease", value: null, start: t.start, end: t.end, refQuantity: null, projected };
    const figures = drafts.filter((d) => d.type !== "comparison" && d.type !== "share");
    const toDraft = figures.find((d) => d.anchor > t.start && TO_BEFORE[p.lang].test(p.folded.slice(Math.max(t.end, d.quantityStart - 30), d.quantityStart)));
    const talksOfUnit = facts.units.some((u) => sameClause(facts, u.start, t.start));
    const refFigure = figures.find((d) => d.anchor > t.start && /^\s*(?:from|van|von|de|par rapport a|compared (?:with|to))?\s*$/u.test(p.folded.slice(t.end, d.quantityStart)));
    if (refFigure && /(?:from|van|von)$/u.test(p.folded.slice(t.start, t.end)) || (refFigure && /^\s*(?:from|van|von)\s/u.test(p.folded.slice(t.end, refFigure.quantityStart + 1)))) {
      const target = [...figures].filter((d) => d.anchor < t.start && baseUnit(d.unit) === baseUnit(refFigure.unit)).pop();
      if (target && !target.comparison) {
        setComparison(target, { ...c, refQuantity: refFigure.quantity, ref: refFigure.period?.range });
        continue;
      }
    }
    const target = toDraft ?? figures.find((d) => sameClause(facts, d.anchor, t.start)) ?? (talksOfUnit ? figures[figures.length - 1] : undefined);
    if (!target) {
      if (figures.length > 0) continue;
      // A frame in the change's clause ("het aantal slachtoffers van aanslagen daalt") names what changes.
      const frame = facts.units.find((u) => u.frame && u.end <= t.start && sameClause(facts, u.start, t.start));
      const unit = frame?.unit ?? unitNear(facts, t)?.unit ?? facts.units[0]?.unit;
      if (unit && !pending) pending = { trend: t, unit, sentence: s.index };
      continue;
    }
    const fromQ = facts.quantities.find((q) => q.numberEnd <= target.quantityStart && !q.percent && FROM_BEFORE.test(p.folded.slice(Math.max(s.start, q.start - 25), q.start)));
    const fromDraft = fromQ ? drafts.find((d) => d.anchor === fromQ.numberStart) : undefined;
    const earlier = fromDraft ?? [...prior, ...drafts].filter((d) => d !== target && d.anchor < target.anchor && baseUnit(d.unit) === baseUnit(target.unit) && d.type === target.type && d.sentence >= s.index - 1).pop();
    c.refQuantity = fromQ?.value ?? earlier?.quantity ?? null;
    c.ref = target.period?.after ?? earlier?.period?.range;
    if (!target.comparison) setComparison(target, c);
  }

  for (const d of drafts.filter((x) => x.already && !x.comparison)) {
    const low = [...prior].reverse().find((x) => x.restrictive && x.sentence >= s.index - 1 && baseUnit(x.unit) === baseUnit(d.unit));
    if (!low || low.quantity === null || d.quantity === null) continue;
    setComparison(d, {
      type: "direction", direction: d.quantity > low.quantity ? "increase" : "decrease", value: null, start: d.start, end: d.end,
      ref: low.period?.range, refQuantity: low.quantity, projected: false,
    });
  }
  return { standalone: anaphoricChanges(p, facts, drafts, prior, out), pending };
}

/** A sentence about "the group" just named: "De terreurgroep sloeg een kwart minder vaak toe dan in 2016." */
const ANAPHORIC_SUBJECT: Record<Lang, RegExp> = {
  nl: /^\s*(?:(?:de|deze|die) (?:terreurgroep|groep|groepering|beweging|organisatie|militie|terreurbeweging)|zij|ze|hij)(?![\p{L}])/u,
  en: /^\s*(?:(?:the|this) (?:group|terror group|organi[sz]ation|militia|movement)|it|they)(?![\p{L}])/u,
  de: /^\s*(?:(?:die|diese) (?:gruppe|terrorgruppe|miliz|terrormiliz|organisation|bewegung)|sie|er)(?![\p{L}])/u,
  fr: /^\s*(?:(?:le|ce|la|cette) (?:groupe|mouvement|organisation|milice)|il|elle|ils)(?![\p{L}])/u,
};

/**
 * A change with no figure of its own, in a sentence whose subject is the group just named, changes that
 * group's last count of the same unit in the sentence before (if it has no change yet).
 */
function anaphoricChanges(p: Passage, facts: SentenceFacts, drafts: Draft[], prior: Draft[], out: Draft[]): Draft[] {
  if (drafts.length > 0 || !ANAPHORIC_SUBJECT[p.lang].test(p.folded.slice(facts.sentence.start, facts.sentence.end))) return out;
  return out.filter((d) => {
    const c = d.comparison;
    if (!c || (c.type !== "percent_change" && c.type !== "ratio")) return true;
    const target = prior.filter((x) => x.sentence === facts.sentence.index - 1 && x.type === "count" && !x.comparison && baseUnit(x.unit) === baseUnit(d.unit)).pop();
    if (!target) return true;
    setComparison(target, c);
    return false;
  });
}

/** Settles a direction left by the previous sentence: on this sentence's latest figure, or as a claim of its own. */
export function settlePending(facts: SentenceFacts | undefined, drafts: Draft[], pending: NonNullable<ComparisonResult["pending"]>, pendingFacts: SentenceFacts, projected: boolean): Draft | undefined {
  const t = pending.trend;
  const c: ComparisonDraft = { type: "direction", direction: t.kind === "increase" ? "increase" : "decrease", value: null, start: t.start, end: t.end, refQuantity: null, projected };
  const same = facts ? drafts.filter((d) => d.type !== "comparison" && baseUnit(d.unit) === baseUnit(pending.unit)) : [];
  if (same.length >= 2) {
    const target = latest(same) as Draft;
    const ref = earliest(same.filter((d) => d !== target));
    c.refQuantity = ref?.quantity ?? null;
    c.ref = ref?.period?.range;
    setComparison(target, c);
    return undefined;
  }
  return standalone(pendingFacts, t, pending.unit, c);
}
