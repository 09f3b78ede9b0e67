/**
 * Figures that are claims: counts, rates ("26 per month", "moins de dix par mois") and shares ("40
 * procent van de aanslagen"). Years, dates and durations are periods, not figures; percentages are left to
 * the comparisons unless they are a share of a unit.
 */
import type { Lang } from "../lang.ts";
import { AVERAGE, nounSense } from "../lexicon/index.ts";
import { qualifierBefore, type Quantity } from "../numbers/index.ts";
import { clauseAt, countNotYear, type Passage, type SentenceFacts } from "./analysis.ts";
import type { Draft } from "./draft.ts";
import { figureUnit } from "./figure-unit.ts";

/** Adverbs that make a figure a rate by themselves: "maandelijks 25 aanvallen", "25 attacks monthly", "täglich". */
const RATE_ADVERB_UNIT: Record<string, string> = {
  dagelijks: "day", wekelijks: "week", maandelijks: "month", jaarlijks: "year", daily: "day", weekly: "week", monthly: "month",
  annually: "year", yearly: "year", taglich: "day", wochentlich: "week", monatlich: "month", jahrlich: "year",
  quotidiennement: "day", hebdomadairement: "week", mensuellement: "month", annuellement: "year",
};
const RATE_ADVERBS = Object.keys(RATE_ADVERB_UNIT).join("|");
const PERIOD_NOUN = "maand|month|monat|mois|day|dag|tag|jour|week|woche|semaine|year|jaar|jahr|an|annee|quarter|kwartaal|quartal|trimestre";
const PER = new RegExp(`(?:^|\\s)(?:(?:per|par|pro|a|an|each|every|chaque|elke|iedere|im|in de|op de)\\s+(${PERIOD_NOUN})|(${RATE_ADVERBS}))(?![\\p{L}])`, "u");

/** "26 per month", "8 attacks recorded per month", "dix par mois": a per-period phrase within three words. */
function rateAfter(text: string): { unit: string; length: number } | undefined {
  const m = PER.exec(text);
  const unit = m?.[1] ?? m?.[2];
  if (!m || unit === undefined) return undefined;
  const before = text.slice(0, m.index);
  if (/[.;:!?]/.test(before) || (before.match(/\p{L}+/gu)?.length ?? 0) > 3) return undefined;
  // "in a year", "binnen een jaar", "en un an": a span, not a rate.
  if (/(?:^|\s)(?:in|within|binnen|innerhalb|en)\s*$/u.test(before) && /^\s*(?:a|an|un)\s/u.test(m[0])) return undefined;
  return { unit, length: m.index + m[0].length };
}
/** "Per maand werden gemiddeld 80 aanslagen gepleegd", "Chaque mois, 80 attaques": the per-period phrase ahead of the figure, with no figure between. */
const PER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:per|par|pro|each|every|chaque|elke|iedere|jeden|jede|jedes)\\s+(${PERIOD_NOUN})|(?<!(?:the|de|het|een|le|la|les|die|der|das|den|a|an)\\s)(${RATE_ADVERBS}))(?![\\p{L}])`,
  "u",
);

/** The unit of a per-period phrase ahead of `q` in its sentence, unless another figure (not a year) stands between. */
function rateBefore(p: Passage, facts: SentenceFacts, q: Quantity): string | undefined {
  const from = Math.max(facts.sentence.start, q.start - 60);
  const m = PER_BEFORE.exec(p.folded.slice(from, q.start));
  if (!m) return undefined;
  const at = from + m.index;
  return facts.quantities.some((x) => x !== q && x.start > at && x.end <= q.start && !yearLike(p, x)) ? undefined : (m[1] ?? m[2]);
}

const RATE_UNIT: Record<string, string> = {
  ...RATE_ADVERB_UNIT,
  maand: "month", month: "month", monat: "month", mois: "month", day: "day", dag: "day", tag: "day", jour: "day",
  week: "week", woche: "week", semaine: "week", year: "year", jaar: "year", jahr: "year", an: "year", annee: "year",
  quarter: "quarter", kwartaal: "quarter", quartal: "quarter", trimestre: "quarter",
};
/**
 * A share: "X% of (all) <unit>", "de helft van de aanslagen", "die Hälfte der Anschläge", "la moitié des
 * décès". The unit noun may follow articles, a number and up to three modifiers ("51% of all global
 * terrorism deaths", "plus de la moitié des 7 555 décès"); a blocker noun first ("half of the displaced")
 * makes it no share of a unit.
 */
const SHARE_OF = /^\s*(?:van|of|der|aller|des|de|d'|du)(?![\p{L}])/u;
const SHARE_SKIP = /^(?:de|het|the|all|alle|aller|les|l'|all|van|of|der|die|den|des|du|la|le|tous|toutes|[\d.,]+)$/u;

/** The unit a share ending at `end` is a share of, if a unit noun follows within three content words. */
function share(p: Passage, end: number): { unit: string; end: number } | undefined {
  // A separator inside a number ("of the 1,200 attacks", "van de 1.200 aanslagen") does not end the phrase.
  const window = p.folded.slice(end, end + 70).split(/[;:!?()]|[.,](?!\d)/)[0] ?? "";
  const of = SHARE_OF.exec(window);
  if (!of) return undefined;
  const word = /l'|[\p{L}\d][\p{L}\d.,-]*/gu;
  word.lastIndex = of[0].length;
  let content = 0;
  for (let m = word.exec(window); m && content < 4; m = word.exec(window)) {
    const w = m[0].replace(/[.,]$/, "");
    if (SHARE_SKIP.test(w)) continue;
    content++;
    const sense = nounSense(p.lang, w);
    if (sense?.kind === "blocker") return undefined;
    if (sense?.kind === "unit") return { unit: sense.unit, end: end + m.index + w.length };
  }
  return undefined;
}

const RESTRICTIVE: Record<Lang, RegExp> = {
  nl: /(?:nog maar|slechts|maar|amper|nauwelijks)\s+$/u,
  en: /(?:only|just|merely|a mere)\s+$/u,
  de: /(?:nur|erst|lediglich|bloß|bloss)\s+$/u,
  fr: /(?:seulement|a peine|que|qu')\s+$/u,
};
const ALREADY: Record<Lang, RegExp> = {
  nl: /(?:al|reeds)\s+$/u,
  en: /(?:already)\s+$/u,
  de: /(?:bereits|schon)\s+$/u,
  fr: /(?:deja)\s+$/u,
};

/**
 * Figures inside a period ("zes maanden", "2023"), a ratio ("multiplié par sept", "three times") or a fraction word
 * ("deux tiers", "twee derde", "zwei Drittel") are no counts.
 */
function inPeriod(facts: SentenceFacts, q: Quantity): boolean {
  for (const x of facts.periods) if (q.numberStart < x.end && q.numberEnd > x.start) return true;
  for (const f of facts.fractions) if (q.numberStart < f.end && q.numberEnd > f.start) return true;
  for (const t of facts.trends) if (t.kind === "ratio" && q.numberStart < t.end && q.numberEnd > t.start) return true;
  return false;
}

const DIFFERENCE_AFTER = /^\s*(?:meer|minder|more|fewer|less|mehr|weniger|de plus|de moins)\s+(?:(?:dan|than|als|que)(?![\p{L}])|qu')/u;

/** A year written as four plain digits ("2019"); "2 000", "2,000" and "2000 doden" are counts. */
function yearLike(p: Passage, q: Quantity): boolean {
  return q.form === "digits" && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100 && q.qualifier === "exact" &&
    /^\d{4}$/.test(p.text.slice(q.numberStart, q.numberEnd)) && !countNotYear(p.folded, p.lang, q);
}

const BY_OR_CHANGE = /(?<![\p{L}])(?:(?:by|um|met|de|of|van|par)\s+|d'\s*)(?:\p{L}+\s+){0,1}$/u;
const CHANGE_AFTER = /^\s*(?:minder|meer|fewer|less|more|weniger|mehr|moins|plus|lower|higher|hoger|lager)(?![\p{L}])/u;

/**
 * "2.000 doden, waarvan de helft in Mali", "3 500 morts, dont la moitié au Burkina Faso", "davon die Hälfte", "half
 * of them": a fraction right after a subset word (its qualifier, "waarvan ruim de helft", read as qualifiers are) or
 * followed by "of them" is a share of the count before it.
 */
const FRACTION_PART_BEFORE = /(?:^|[^\p{L}])(?:waarvan|daarvan|van wie|of which|of whom|davon|darunter|dont|parmi eux|parmi lesquels)\s+$/u;
const OF_THEM_AFTER = /^\s*(?:of them|van hen|von ihnen|d'entre eux|d'entre elles)(?![\p{L}])/u;

/** The last count of the sentence that ends before `at`: the whole a part is a part of. */
function countBefore(facts: SentenceFacts, drafts: Draft[], at: number): Draft | undefined {
  return drafts.filter((d) => d.type === "count" && d.sentence === facts.sentence.index && d.end <= at).pop();
}

/** `f`, a fraction whose words (its qualifier included) start at `start`, as a part of the count before it. */
function fractionPartOf(p: Passage, facts: SentenceFacts, f: { start: number; end: number }, start: number, counts: Draft[]): { unit: string; end: number } | undefined {
  const whole = countBefore(facts, counts, start);
  if (!whole) return undefined;
  if (FRACTION_PART_BEFORE.test(p.folded.slice(Math.max(whole.end, start - 40), start))) return { unit: whole.unit, end: f.end };
  const of = OF_THEM_AFTER.exec(p.folded.slice(f.end, f.end + 20));
  return of ? { unit: whole.unit, end: f.end + of[0].length } : undefined;
}

/** Shares written as fraction words ("near half of the deaths"), when the fraction is not a change ("by a third", "a quarter fewer"). */
function fractionShares(p: Passage, facts: SentenceFacts, counts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const f of facts.fractions) {
    const q = qualifierBefore(p.folded, f.start, p.lang);
    if (!q && BY_OR_CHANGE.test(p.folded.slice(Math.max(facts.sentence.start, f.start - 12), f.start))) continue;
    if (CHANGE_AFTER.test(p.folded.slice(f.end, f.end + 12))) continue;
    const s = share(p, f.end) ?? fractionPartOf(p, facts, f, q?.start ?? f.start, counts);
    if (!s) continue;
    out.push({
      sentence: facts.sentence.index, anchor: f.start, quantityStart: q?.start ?? f.start, quantityEnd: f.end, projected: false, restrictive: false, already: false,
      start: q?.start ?? f.start, end: s.end, type: "share", quantity: f.value, qualifier: q?.qualifier ?? "exact", unit: s.unit,
    });
  }
  return out;
}

/**
 * "200 en 150 aanslagen", "200 beziehungsweise 150 Anschläge", "200 and 150 attacks respectively": a figure
 * joined to the next one by a conjunction shares that figure's noun.
 */
const COORDINATED = /^\s*(?:,|en|and|und|et|or|of|oder|ou|beziehungsweise|bzw\.?|respectievelijk|resp\.|respectively|respectivement)\s*$/u;

function coordinatedUnit(p: Passage, facts: SentenceFacts, q: Quantity, prior: Draft[], previous: SentenceFacts[], depth = 0): { unit: string; nounEnd: number; inherited: boolean } | undefined {
  const next = facts.quantities.find((x) => x.start >= q.end && !x.percent);
  if (!next || next.percent !== q.percent || !COORDINATED.test(p.folded.slice(q.end, next.start))) return undefined;
  const decided = figureUnit(p, facts, next, prior, previous);
  // "900, 2.300 en 700 doden": the noun after the last figure of the list.
  const unit = "reject" in decided ? (depth < 4 ? coordinatedUnit(p, facts, next, prior, previous, depth + 1)?.unit : undefined) : decided.unit;
  return unit ? { unit, nounEnd: q.end, inherited: true } : undefined;
}

/**
 * "25.600 doden, van wie 6.700 aanslagplegers", "3,000 deaths, of whom 700 were attackers", "dont 700
 * assaillants": a figure right after a subset word counts a part of the deaths (or victims) before it, even
 * when its own noun says who they were rather than what happened to them.
 */
const SUBSET_BEFORE = /(?:^|[^\p{L}])(?:van wie|onder wie|waarvan|waaronder|of whom|of which|among them|darunter|davon|unter ihnen|dont|parmi eux|parmi lesquels)\s+(?:\p{L}+\s+){0,2}$/u;

/** Nouns a subset of the dead can never be: people who survived, money, time. */
const NEVER_PART = /^(?:ontheemden|vluchtelingen|gijzelaars|arrestaties|gevangenen|displaced|refugees|hostages|arrests|detainees|prisoners|vertriebene|fluchtlinge|geiseln|festnahmen|gefangene|deplaces|refugies|otages|arrestations|detenus|prisonniers|millions?|miljoen|millionen|euros?|dollars?|procent|percent|prozent|pourcent|jaar|years|jahre|ans)$/u;

function subsetUnit(p: Passage, facts: SentenceFacts, q: Quantity, out: Draft[]): { unit: string; nounEnd: number; inherited: boolean } | undefined {
  const next = /^\s*(?:de\s+|d')?(\p{L}+)/u.exec(p.folded.slice(q.end, q.end + 30))?.[1];
  if (next !== undefined && NEVER_PART.test(next)) return undefined;
  const whole = out.filter((d) => d.type === "count" && d.anchor < q.start && d.sentence === facts.sentence.index).pop();
  if (!whole || !/(?:deaths|victims)$/.test(whole.unit)) return undefined;
  if (!SUBSET_BEFORE.test(p.folded.slice(Math.max(whole.end, q.start - 30), q.start))) return undefined;
  return { unit: whole.unit.replace(/^civilian_/, ""), nounEnd: q.end, inherited: true };
}

/**
 * "51% of all deaths in 2024, up from 48% in 2023 and just 1% in 2007": a percentage that continues a share
 * with "up from", "tegen", "gegenüber", "contre", "and" is the same share at another time.
 */
const SERIES_GAP = /^[^.;:]{0,40}?(?:up from|down from|from|compared (?:with|to)|against|tegen(?:over)?|vergeleken met|van|gegenuber|von|im vergleich zu|contre|par rapport a|and|en|und|et|,)\s+(?:just|only|slechts|nog|nur|noch|seulement)?\s*$/u;

function seriesShare(p: Passage, out: Draft[], q: Quantity): Draft | undefined {
  const last = out[out.length - 1];
  if (last?.type !== "share" || last.end > q.start) return undefined;
  return SERIES_GAP.test(p.folded.slice(last.end, q.start)) ? last : undefined;
}

/** "2.400 aanslagen, waarvan 40 procent door IS", "dont 40 % par l'EI": a percentage right after a subset word is a share of the count before it. */
const PART_BEFORE = /(?:^|[^\p{L}])(?:waarvan|daarvan|of which|of them|davon|dont|dont environ|waarvan ruim|waarvan bijna)\s+$/u;

function partOf(p: Passage, facts: SentenceFacts, out: Draft[], q: Quantity): Draft | undefined {
  const whole = countBefore(facts, out, q.start);
  return whole && PART_BEFORE.test(p.folded.slice(Math.max(whole.end, q.start - 20), q.start)) ? whole : undefined;
}

/**
 * "Het aandeel van IS in alle aanslagen steeg tot 40 procent", "the share of attacks rose to 40%", "der Anteil … auf
 * 40 Prozent": a percentage a share noun reaches is the share's level, not a change; its unit is the clause's unit noun.
 */
const SHARE_NOUN = /(?<![\p{L}])(?:aandeel|percentage|share|proportion|anteil|prozentsatz|part|pourcentage)(?![\p{L}])/u;
/** Before the percentage's words, its qualifier included ("steeg tot bijna 40 procent"). */
const TO_LEVEL = /(?<![\p{L}])(?:tot|naar|op|to|at|auf|bei|a|de)\s+$/u;

function shareLevel(p: Passage, facts: SentenceFacts, q: Quantity): string | undefined {
  const { clause } = clauseAt(facts.sentence, q.start);
  const before = p.folded.slice(clause.start, q.start);
  const noun = SHARE_NOUN.exec(before);
  if (!noun || !TO_LEVEL.test(p.folded.slice(Math.max(clause.start, q.start - 20), q.start))) return undefined;
  return facts.units.find((u) => u.start >= clause.start + noun.index && u.end <= q.start)?.unit;
}

/** The count, rate and share claims among the figures of a sentence. */
export function figureDrafts(p: Passage, facts: SentenceFacts, prior: Draft[], previous: SentenceFacts[]): Draft[] {
  const out: Draft[] = [];
  const average = AVERAGE[p.lang].test(p.folded.slice(facts.sentence.start, facts.sentence.end));
  for (const q of facts.quantities) {
    if (inPeriod(facts, q) || q.value <= 0) continue;
    const base = {
      sentence: facts.sentence.index, anchor: q.numberStart, quantityStart: q.start, quantityEnd: q.end, projected: false,
      restrictive: RESTRICTIVE[p.lang].test(p.folded.slice(Math.max(0, q.start - 12), q.start)),
      already: ALREADY[p.lang].test(p.folded.slice(Math.max(0, q.start - 10), q.start)),
    };
    if (q.percent) {
      const s = share(p, q.end);
      if (s) out.push({ ...base, start: q.start, end: s.end, type: "share", quantity: q.value / 100, qualifier: q.qualifier, unit: s.unit });
      else {
        const unit = (seriesShare(p, out, q) ?? partOf(p, facts, out, q))?.unit ?? shareLevel(p, facts, q);
        if (unit) out.push({ ...base, start: q.start, end: q.end, type: "share", quantity: q.value / 100, qualifier: q.qualifier, unit });
      }
      continue;
    }
    if (yearLike(p, q)) continue;
    let decided = figureUnit(p, facts, q, out.length === 0 ? prior : prior.concat(out), previous);
    if ("reject" in decided) {
      const shared = coordinatedUnit(p, facts, q, prior.concat(out), previous) ?? subsetUnit(p, facts, q, out);
      if (!shared) continue;
      decided = shared;
    }
    if (!Number.isInteger(q.value) && q.value < 1000) continue;
    // "Dat zijn er 100 meer dan in 2017", "150 attacks more than in 2017": a difference, not a count.
    if (DIFFERENCE_AFTER.test(p.folded.slice(decided.nounEnd, Math.min(facts.sentence.end, decided.nounEnd + 30)))) continue;
    const rate = rateAfter(p.folded.slice(decided.nounEnd, Math.min(facts.sentence.end, decided.nounEnd + 40)));
    const rateOverlapsPeriod = rate && facts.periods.some((pm) => pm.kind !== "duration" && pm.start < decided.nounEnd + rate.length && pm.end > decided.nounEnd);
    const ahead = rate ? undefined : rateBefore(p, facts, q);
    const per = rate && !rateOverlapsPeriod ? RATE_UNIT[rate.unit] : ahead ? RATE_UNIT[ahead] : undefined;
    const qualifier = average && q.qualifier === "exact" ? "approximately" : q.qualifier;
    const unit = decided.unit.replace(/_per_\w+$/, "");
    const end = per && rate && !ahead ? decided.nounEnd + rate.length : decided.nounEnd;
    out.push({
      ...base, start: q.start, end, type: per ? "rate" : "count", quantity: q.value, qualifier,
      unit: per ? `${unit}_per_${per}` : unit,
    });
  }
  return out.concat(fractionShares(p, facts, out)).sort((a, b) => a.anchor - b.anchor);
}
