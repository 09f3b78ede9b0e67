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

/**
 * Reads a passage: sentences, and per sentence its figures, periods (resolved in order against the
 * publication date), places, actors, words of change and unit nouns.
 */
export function analyse(text: string, lang: Lang, published: Published | undefined): Passage {
  const folded = fold(text);
  const ctx: PeriodContext = { published };
  const actors = findActors(text, folded);
  const sentences = splitSentences(text, folded).map((sentence): SentenceFacts => {
    const { start, end } = sentence;
    return {
      sentence,
      quantities: findQuantities(folded, start, end, lang),
      fractions: findFractions(folded, start, end, lang),
      periods: findPeriods(folded, start, end, lang, ctx),
      places: findPlaces(text, folded, start, end),
      actors: actors.filter((a) => a.start >= start && a.end <= end),
      trends: findTrendWords(folded, start, end, lang),
      units: unitMentions(text, folded, sentence, lang),
    };
  });
  return { text, folded, lang, published, sentences };
}
