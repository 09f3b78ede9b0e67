/**
 * Choosing a claim's period, places and actor. The same clause decides first, then the nearest clause
 * before it in the sentence, then the rest of the sentence, then what the passage last spoke of: news
 * text states the period and place once and lets the following figures inherit them. A period after
 * "than"/"dan"/"als"/"que" is a reference period, never the claim's own.
 */
import type { ActorHit } from "../actors.ts";
import { SCOPE_WORDS, type Place } from "../lexicon/index.ts";
import { yearRange, type PeriodMention } from "../periods/index.ts";
import { clauseAt, type Passage, type SentenceFacts } from "./analysis.ts";
import type { Draft } from "./draft.ts";
import { FROM_BEFORE, TO_BEFORE } from "./from-to.ts";

/**
 * Words that make the period after them a comparison's reference, not the claim's own: "than/dan/als/que",
 * "compared with", "ten opzichte van", "im Vergleich zu", "par rapport à", "up from", and "as/like/zoals/
 * wie/comme" ("comme l'année précédente", "net als een jaar eerder"). "From" only right before the period ("up from
 * 2022"): "deaths from terrorism in 2023" names the claim's own year. French "qu'en 2022" after a comparative ("15 % de
 * moins qu'en 2022"), not after "alors qu'" (whereas).
 */
const REF_BEFORE = /(?<![\p{L}])(?:voor het eerst|for the first time|erstmals|zum ersten mal|pour la premiere fois|(?:highest|lowest|hoogste|laagste|hochste|niedrigste|plus haut|plus bas)(?: \p{L}+)?|dan|than|als|que|qu'|compared (?:with|to)|relative to|as against|verglichen mit|im vergleich (?:zu|mit)|vergeleken met|ten opzichte van|in vergelijking met|par rapport a|en comparaison avec|tegenover|gegenuber|zoals|wie|comme|like|as in)\s+(?:in\s+|im\s+|en\s+|the\s+|het\s+|de\s+|le\s+|la\s+|dem\s+|zum\s+|l'\s*)?(?:\p{L}+\s+)?$|(?<![\p{L}])from\s+(?:the\s+)?$|(?<![\p{L}])(?:plus|moins|davantage|autant)(?:\s+\p{L}+){0,2}\s+qu'\s*(?:en\s+|au\s+|a\s+)?$/u;

/** A clause that picks a part of what came before: "waarvan", "of which", "davon", "dont". */
const SUBSET_CLAUSE = /^\s*(?:waarvan|waaronder|van wie|onder wie|of which|of whom|among them|including|davon|darunter|dont|parmi (?:eux|elles|lesquels|lesquelles))(?![\p{L}])/u;

/** Whether a period is named as the reference of a comparison ("dan in heel 2023"). */
export function isReference(p: Passage, pm: PeriodMention): boolean {
  return REF_BEFORE.test(p.folded.slice(Math.max(0, pm.start - 30), pm.start));
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** Picks among items by clause: same clause nearest, then the closest clause before, then after. */
function byClause<T extends { start: number; end: number }>(facts: SentenceFacts, d: Draft, items: T[]): T[] {
  if (items.length === 0) return [];
  const here = clauseAt(facts.sentence, d.anchor).index;
  const groups = new Map<number, T[]>();
  for (const it of items) {
    const i = clauseAt(facts.sentence, it.start).index;
    groups.set(i, [...(groups.get(i) ?? []), it]);
  }
  const order = [...groups.keys()].sort((a, b) => {
    const da = a <= here ? here - a : 100 + a - here;
    const db = b <= here ? here - b : 100 + b - here;
    return da - db;
  });
  return groups.get(order[0] as number) ?? [];
}

/** Whether a period is the reference a standalone ratio or comparative is measured against. */
function isRefOfComparison(d: Draft, pm: PeriodMention): boolean {
  const c = d.type === "comparison" ? d.comparison : undefined;
  if (!c || (c.type !== "ratio" && c.type !== "greater_than") || !c.ref || (pm.start < c.start && !c.refBefore) || pm.kind === "to_date") return false;
  return pm.range?.start === c.ref.start && pm.range.end === c.ref.end;
}

/** The claim's own period in its sentence, if the sentence names one. */
/** A clause opened by "then/when" about the period just named: "ten opzichte van 2019, toen er 650 waren". */
const THEN_CLAUSE = /^\s*(?:(?:toen|destijds|when|at that time|damals|als|lorsque|quand)(?![\p{L}])|lorsqu')/u;
/** A figure in brackets right after a period: "gegenüber 2022 (200)", "tegen 2019 (650)". */
const BRACKETED = /^\s*\(\s*$/u;

export function periodInSentence(p: Passage, facts: SentenceFacts, d: Draft): PeriodMention | undefined {
  const { clause, index } = clauseAt(facts.sentence, d.anchor);
  const bracketed = facts.periods.find((pm) => pm.range && pm.end <= d.quantityStart && BRACKETED.test(p.folded.slice(pm.end, d.quantityStart)));
  if (bracketed) return bracketed;
  const ownInClause = facts.periods.some((pm) => pm.kind !== "duration" && pm.start >= clause.start && pm.end <= clause.end);
  if (index > 0 && !ownInClause && THEN_CLAUSE.test(p.folded.slice(clause.start, clause.end))) {
    const named = facts.periods.filter((pm) => pm.kind !== "duration" && pm.range && pm.end <= clause.start && clauseAt(facts.sentence, pm.start).index === index - 1).pop();
    if (named) return named;
  }
  const own = facts.periods.filter((pm) => pm.kind !== "duration" && !isReference(p, pm) && !isRefOfComparison(d, pm));
  const preferred = own.filter((pm) => pm.kind !== "day");
  const group = byClause(facts, d, preferred.length > 0 ? preferred : own);
  const span = { start: d.quantityStart, end: d.end };
  const chosen = [...group].sort((a, b) => distance(a, span) - distance(b, span))[0];
  return chosen && endOfRange(p, facts, d, chosen);
}

const RANGE_OPEN = /^(?:from|between|van|tussen|von|zwischen|de|entre)\s/u;

/**
 * "stieg von 2019 bis 2023 von 300 auf 900", "rose from 300 to 900 between 2019 and 2023": a change between two
 * figures over a range of years puts the first figure in the first year and the second in the last.
 */
function endOfRange(p: Passage, facts: SentenceFacts, d: Draft, pm: PeriodMention): PeriodMention {
  const r = pm.range;
  if (!r || !RANGE_OPEN.test(p.folded.slice(pm.start, pm.end)) || !r.start.endsWith("-01-01") || !r.end.endsWith("-12-31")) return pm;
  const first = Number(r.start.slice(0, 4));
  const last = Number(r.end.slice(0, 4));
  if (last <= first) return pm;
  const before = (q: { start: number }) => p.folded.slice(Math.max(facts.sentence.start, q.start - 8), q.start);
  const figures = facts.quantities.filter((q) => !q.percent && !facts.periods.some((x) => q.start < x.end && q.end > x.start));
  const from = figures.find((q) => FROM_BEFORE.test(before(q)));
  const to = from && figures.find((q) => q.start > from.end && TO_BEFORE[p.lang].test(before(q)));
  if (!from || !to) return pm;
  if (d.quantityStart === from.start) return { ...pm, range: yearRange(first) };
  if (d.quantityStart === to.start) return { ...pm, range: yearRange(last) };
  return pm;
}

/** The last period the sentences before named as a claim's own period. */
export function carriedPeriod(p: Passage, previous: SentenceFacts[]): PeriodMention | undefined {
  for (let i = previous.length - 1; i >= 0; i--) {
    const own = (previous[i] as SentenceFacts).periods.filter((pm) => pm.kind !== "duration" && pm.kind !== "day" && !isReference(p, pm));
    if (own.length > 0) return own[0];
  }
  return undefined;
}

/**
 * The first period a later sentence names as a claim's own: a passage that opens with figures and names
 * the period after them ("Ten opzichte van 2015 daalde het aantal … [later:] afgelopen jaar").
 */
export function nextPeriod(p: Passage, following: SentenceFacts[]): PeriodMention | undefined {
  for (const f of following) {
    const own = f.periods.filter((pm) => pm.kind !== "duration" && pm.kind !== "day" && pm.range && !isReference(p, pm));
    if (own.length > 0) return own[0];
  }
  return undefined;
}

/** The places in the claim's sentence, by clause. */
export function placesInSentence(facts: SentenceFacts, d: Draft): Place[] {
  const group = byClause(facts, d, facts.places);
  if (group.length < 2) return group;
  // "1,200 in Mali and nearly 900 in Chad": with several figures in the clause, each takes the places nearest to it.
  const inPeriod = (q: { start: number; end: number }) => facts.periods.some((pm) => q.start < pm.end && q.end > pm.start);
  const here = clauseAt(facts.sentence, d.anchor).index;
  const figures = facts.quantities.filter((q) => !q.percent && !inPeriod(q) && clauseAt(facts.sentence, q.start).index === here);
  if (figures.length < 2) return group;
  // "1,200 in Mali and 900 in Chad": a place belongs to the last figure before it, else the first after it; a
  // list that opens with a place ("in Mali 900 en in Niger 700") pairs each place with the figure after it.
  const placeFirst = (group[0]?.start ?? 0) < (figures[0]?.start ?? 0);
  const before = (pl: Place) => figures.filter((q) => q.end <= pl.start).pop();
  const after = (pl: Place) => figures.find((q) => q.start >= pl.end);
  const nearest = (pl: Place) => (placeFirst ? after(pl) ?? before(pl) : before(pl) ?? after(pl));
  const own = group.filter((pl) => nearest(pl)?.start === d.quantityStart);
  return own.length > 0 ? own : group;
}

/** The family a hit counts in when several groups share a clause: IS's affiliates apart from the core group. */
const family = (a: ActorHit): string => a.actorId;

/**
 * The actor of a claim, as far as its own sentence decides it: the acting group of its clause; `null` when
 * the clause names several groups ("claimed by ISGS and ISWAP and by JNIM" is a total over groups) or the
 * sentence has a scope word (worldwide, terrorist attacks in general) and no group in the clause;
 * `undefined` when the sentence does not decide (the passage's carried actor applies).
 */
export function actorOfClaim(p: Passage, facts: SentenceFacts, d: Draft): ActorHit | null | undefined {
  const acting = actingHits(facts);
  const here = clauseAt(facts.sentence, d.anchor).index;
  const named = acting.filter((a) => !a.generic && clauseAt(facts.sentence, a.start).index === here);
  const families = new Set(named.map(family));
  // "the Islamic State's affiliates ISGS and ISWAP": the core group named with its affiliate is the affiliate.
  if (families.size > 1 && families.has("is") && [...families].some((f) => f.startsWith("is-"))) families.delete("is");
  if (families.size > 1) return null;
  const sentence = p.folded.slice(facts.sentence.start, facts.sentence.end);
  // "JNIM was the deadliest group worldwide, responsible for 1,454 deaths": a group named in the sentence outranks the scope word.
  if (!acting.some((a) => !a.generic) && SCOPE_WORDS[p.lang].test(sentence)) {
    const generic = acting.find((a) => a.generic && clauseAt(facts.sentence, a.start).index === here);
    return generic ?? null;
  }
  return acting.length === 0 ? undefined : actorInSentence(facts, d, p.folded);
}

/**
 * The groups of a sentence that may act: not targets, and not a group that only reports ("The SDF said IS carried
 * out …") when another named group is there to act.
 */
export function actingHits(facts: SentenceFacts): ActorHit[] {
  const acting = facts.actors.filter((a) => !a.target);
  return acting.some((a) => !a.speaker && !a.generic) ? acting.filter((a) => !a.speaker) : acting;
}

/** The acting group named in the claim's sentence: same clause first, then the sentence's first named group. */
export function actorInSentence(facts: SentenceFacts, d: Draft, folded?: string): ActorHit | undefined {
  const here = clauseAt(facts.sentence, d.anchor).index;
  // "2.400 aanslagen, waarvan 40 procent door IS": a group in a subset clause acts only within it.
  const acting = actingHits(facts).filter((a) => {
    const { clause, index } = clauseAt(facts.sentence, a.start);
    return index === here || folded === undefined || !SUBSET_CLAUSE.test(folded.slice(clause.start, clause.end));
  });
  if (acting.length === 0) return undefined;
  const inClause = acting.filter((a) => clauseAt(facts.sentence, a.start).index === here);
  const at = { start: d.anchor, end: d.anchor };
  const clauseHit = [...inClause].sort((a, b) => Number(a.generic) - Number(b.generic) || distance(a, at) - distance(b, at))[0];
  if (clauseHit) return clauseHit;
  return acting.find((a) => !a.generic) ?? acting[0];
}
