/**
 * Reading a passage once: its sentences and, per sentence, every figure, fraction, period, place, actor,
 * word of change and unit noun. Later steps only choose among these; they never rescan the text.
 */
import { findActors, type ActorHit } from "../actors.ts";
import type { Lang } from "../lang.ts";
import { findPlaces, findTrendWords, nounSense, isCivilianWord, type Place, type TrendWord } from "../lexicon/index.ts";
import { findFractions, findQuantities, type Fraction, type Quantity } from "../numbers/index.ts";
import { findPeriods, type PeriodContext, type PeriodMention, type Published } from "../periods/index.ts";
import { fold } from "../text/fold.ts";
import { splitSentences, type Segment, type Sentence } from "../text/segments.ts";
import { unitInClause } from "./unit-cues.ts";

/** A unit noun in the text ("aanslagen", "attacks"), with the unit its clause makes of it. */
export interface UnitMention {
  start: number;
  end: number;
  unit: string;
  /** Named by a frame: "het aantal doden", "the number of attacks", "die Zahl der Todesopfer". */
  frame: boolean;
}

/** Everything found in one sentence. */
export interface SentenceFacts {
  sentence: Sentence;
  quantities: Quantity[];
  fractions: Fraction[];
  periods: PeriodMention[];
  places: Place[];
  actors: ActorHit[];
  trends: TrendWord[];
  units: UnitMention[];
}

/** A passage read once. */
export interface Passage {
  text: string;
  folded: string;
  lang: Lang;
  published?: Published;
  sentences: SentenceFacts[];
}

const WORD = /\p{L}+(?:-\p{L}+)*/gu;
const FRAME = /(?:aantal|number of|numbers of|zahl (?:der|seiner|ihrer|von)|anzahl (?:der|von)|nombre (?:de|d'|des|total de|total d')|total of|totaal van)\s*(?:\p{L}+\s+){0,2}$/u;

/** The clause of a sentence that holds an offset. */
export function clauseAt(s: Sentence, at: number): { clause: Segment; index: number } {
  const index = s.clauses.findIndex((c) => at >= c.start && at < c.end);
  const i = index < 0 ? Math.max(0, s.clauses.length - 1) : index;
  return { clause: s.clauses[i] ?? s, index: i };
}

function unitMentions(text: string, folded: string, s: Sentence, lang: Lang): UnitMention[] {
  const out: UnitMention[] = [];
  const slice = folded.slice(s.start, s.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const sense = nounSense(lang, m[0]);
    if (sense?.kind !== "unit") continue;
    const start = s.start + m.index;
    const end = start + m[0].length;
    const { clause } = clauseAt(s, start);
    const around = folded.slice(Math.max(clause.start, start - 20), Math.min(clause.end, end + 20)).match(/\p{L}+/gu) ?? [];
    const civilian = Boolean(sense.civilian) || around.some(isCivilianWord);
    const frame = FRAME.test(folded.slice(Math.max(s.start, start - 40), start));
    out.push({ start, end, unit: unitInClause(sense.unit, civilian, folded.slice(clause.start, clause.end), lang), frame });
  }
  void text;
  return out;
}

/** The sentence holding an offset (sentences are in order and do not overlap). */
function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Items found in the whole passage, grouped by sentence; an item that crosses a sentence end is dropped. */
function bucket<T extends { start: number; end: number }>(sentences: Sentence[], items: readonly T[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  for (const it of items) {
    const s = sentenceAt(sentences, it.start);
    if (s && it.end <= s.end) out[s.index]?.push(it);
  }
  return out;
}

const NEXT_WORD = /^\s*(\p{L}+)/u;
const TIME_PREPOSITION = /(?:^|[^\p{L}])(?:in|im|en|seit|sinds|since|depuis|van|von|from|de|tot|bis|to|until|jusqu'en|a|vor|voor|before|avant|na|nach|after|apres|sinds|tussen|between|zwischen|entre|et|and|en|und)\s+$/u;

/**
 * "mehr als 2000 Menschen", "2000 doden", "1950 attaques": a figure in the years' range with a unit or
 * people noun right after it, and no time preposition before it, is a count, not a year.
 */
export function countNotYear(folded: string, lang: Lang, q: Pick<Quantity, "start" | "end" | "numberStart">): boolean {
  const next = NEXT_WORD.exec(folded.slice(q.end, q.end + 30))?.[1];
  const sense = next === undefined ? undefined : nounSense(lang, next);
  if (sense?.kind !== "unit" && sense?.kind !== "people") return false;
  return !TIME_PREPOSITION.test(folded.slice(Math.max(0, q.start - 12), q.start));
}

function periodIsCount(folded: string, lang: Lang, quantities: Quantity[], pm: PeriodMention): boolean {
  const q = quantities.find((x) => x.numberStart === pm.start && x.numberEnd === pm.end);
  return q !== undefined && countNotYear(folded, lang, q);
}

/**
 * Reads a passage: sentences, and per sentence its figures, periods (resolved in order against the
 * publication date), places, actors, words of change and unit nouns.
 */
export function analyse(text: string, lang: Lang, published: Published | undefined): Passage {
  const folded = fold(text);
  const ctx: PeriodContext = { published };
  const actors = findActors(text, folded);
  const split = splitSentences(text, folded);
  const inOne = (start: number, end: number): boolean => {
    const s = sentenceAt(split, start);
    return s !== undefined && end <= s.end;
  };
  const quantities = findQuantities(folded, 0, text.length, lang);
  const all = {
    quantities: bucket(split, quantities),
    fractions: bucket(split, findFractions(folded, 0, text.length, lang)),
    periods: bucket(split, findPeriods(folded, 0, text.length, lang, ctx, inOne).filter((pm) => !periodIsCount(folded, lang, quantities, pm))),
    places: bucket(split, findPlaces(text, folded, 0, text.length)),
    actors: bucket(split, actors),
    trends: bucket(split, findTrendWords(folded, 0, text.length, lang)),
  };
  const sentences = split.map((sentence, i): SentenceFacts => ({
    sentence,
    quantities: all.quantities[i] ?? [],
    // "the first half of 2024", "die erste Hälfte", "la première moitié": a fraction inside a period is the period's.
    fractions: (all.fractions[i] ?? []).filter((f) => !(all.periods[i] ?? []).some((pm) => f.start < pm.end && f.end > pm.start)),
    periods: all.periods[i] ?? [],
    places: all.places[i] ?? [],
    actors: all.actors[i] ?? [],
    trends: all.trends[i] ?? [],
    units: unitMentions(text, folded, sentence, lang),
  }));
  return { text, folded, lang, published, sentences };
}
