/**
 * Finding every figure in a stretch of text: digits ("153", "20.000", "2,7 miljoen", "55%"), number words
 * ("honderddrieënvijftig", "trente-neuf", "one hundred"), approximate nouns ("une centaine", "a dozen"),
 * each with the qualifier around it. Deciding which figures are claims is left to the extractor.
 */
import type { Lang } from "../lang.ts";
import { parseDigits } from "./digits.ts";
import { approxNounValue, isNumberWordPart, mayHoldNumberWords, parseNumberWords } from "./number-words.ts";
import { qualifierAfter, qualifierBefore, type Qualifier } from "./qualifier.ts";

/** A figure in the text. Offsets index the original text; `start` includes the qualifier words. */
export interface Quantity {
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
  value: number;
  qualifier: Qualifier;
  /** Whether the qualifier came from the words around the figure rather than the default "exact". */
  qualified: boolean;
  percent: boolean;
  form: "digits" | "words";
}

const DIGITS = /(?<![\p{L}\p{N}.,$€£])(?:\d{1,3}(?:([.,]|\s)\d{3}(?:\1\d{3})*)|\d+)(?:[.,]\d+)?(?![\p{L}\p{N}])/gu;
const MULTIPLIER = /^\s*(miljoen|miljard|millionen|million|millions|milliarden|milliarde|milliards|milliard|billion|mio\.|mrd\.|duizend|thousand|tausend|mille)(?![\p{L}])/u;
const MULTIPLIER_VALUE: Record<string, number> = {
  miljoen: 1e6, miljard: 1e9, millionen: 1e6, million: 1e6, millions: 1e6, milliarden: 1e9, milliarde: 1e9,
  milliards: 1e9, milliard: 1e9, billion: 1e9, "mio.": 1e6, "mrd.": 1e9, duizend: 1e3, thousand: 1e3, tausend: 1e3, mille: 1e3,
};
const PERCENT = /^\s*(%|procent|percent|per cent|prozent|pour cent|pct\.?)(?![\p{L}])/u;
const WORD = /\p{L}+(?:-\p{L}+)*/gu;
const VAGUE_PLURAL = /^(?:miljoenen|miljarden|duizenden|honderden|millionen|milliarden|tausende|hunderte|millions|milliards|milliers|centaines|thousands|hundreds|billions)$/u;

/** Qualifiers after a figure all start with one of these letters ("or more", "of meer", "oder mehr", "et plus"). */
const AFTER_START = /^ [oeu]/;

function withQualifier(folded: string, lang: Lang, q: Omit<Quantity, "start" | "end" | "qualifier" | "qualified">, approx: boolean): Quantity {
  const before = qualifierBefore(folded, q.numberStart, lang);
  const after = before || !AFTER_START.test(folded.slice(q.numberEnd, q.numberEnd + 2)) ? undefined : qualifierAfter(folded, q.numberEnd, lang);
  const qualifier = before?.qualifier ?? after?.qualifier ?? (approx ? "approximately" : "exact");
  return {
    start: before?.start ?? q.numberStart, end: after?.end ?? q.numberEnd, numberStart: q.numberStart, numberEnd: q.numberEnd,
    value: q.value, qualifier, qualified: before !== undefined || after !== undefined || approx, percent: q.percent, form: q.form,
  };
}

function digitQuantities(folded: string, from: number, to: number, lang: Lang): Quantity[] {
  const out: Quantity[] = [];
  const slice = folded.slice(from, to);
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(slice); m; m = DIGITS.exec(slice)) {
    const numberStart = from + m.index;
    let numberEnd = numberStart + m[0].length;
    const prev = folded.slice(Math.max(0, numberStart - 2), numberStart);
    const next = folded.slice(numberEnd, numberEnd + 2);
    if (/\p{L}-$/u.test(prev) || /^-\p{L}/u.test(next) || /:\d/.test(next) || /\d:$/.test(prev)) continue;
    let value = parseDigits(m[0], lang);
    if (value === undefined) continue;
    const rest = folded.slice(numberEnd, Math.min(to, numberEnd + 24));
    const mult = MULTIPLIER.exec(rest);
    if (mult?.[1]) {
      value *= MULTIPLIER_VALUE[mult[1]] ?? 1;
      numberEnd += mult[0].length;
    }
    const pct = PERCENT.exec(folded.slice(numberEnd, Math.min(to, numberEnd + 12)));
    if (pct) numberEnd += pct[0].length;
    out.push(withQualifier(folded, lang, { numberStart, numberEnd, value, percent: Boolean(pct), form: "digits" }, false));
  }
  return out;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsIn(folded: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = folded.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

function adjacent(folded: string, a: Word, b: Word): boolean {
  return /^[\s-]*$/.test(folded.slice(a.end, b.start)) && b.start - a.end <= 2;
}

function wordQuantities(folded: string, from: number, to: number, lang: Lang): Quantity[] {
  if (!mayHoldNumberWords(lang, folded.slice(from, to))) return [];
  const words = wordsIn(folded, from, to);
  const out: Quantity[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    const approx = approxNounValue(lang, w.text);
    const prevWord = words[i - 1];
    if (approx !== undefined) {
      const article = prevWord && adjacent(folded, prevWord, w) && /^(een|ein|un|une|a)$/.test(prevWord.text) ? prevWord : undefined;
      if (!article) continue;
      out.push(withQualifier(folded, lang, { numberStart: article.start, numberEnd: w.end, value: approx, percent: false, form: "words" }, true));
      continue;
    }
    if (!isNumberWordPart(lang, w.text)) continue;
    let j = i;
    while (j + 1 < words.length && isNumberWordPart(lang, words[j + 1]?.text ?? "") && adjacent(folded, words[j] as Word, words[j + 1] as Word)) j++;
    let best = -1;
    let value: number | undefined;
    for (let k = j; k >= i; k--) {
      value = parseNumberWords(lang, words.slice(i, k + 1).map((x) => x.text));
      if (value !== undefined) {
        best = k;
        break;
      }
    }
    const last = words[best];
    if (best < 0 || value === undefined || !last) continue;
    // "Millionen in die Flucht getrieben", "des milliers de déplacés": a bare plural scale is no figure.
    if (best === i && VAGUE_PLURAL.test(w.text)) continue;
    let numberEnd = last.end;
    const pct = PERCENT.exec(folded.slice(numberEnd, Math.min(to, numberEnd + 12)));
    if (pct) numberEnd += pct[0].length;
    out.push(withQualifier(folded, lang, { numberStart: w.start, numberEnd, value, percent: Boolean(pct), form: "words" }, false));
    i = best;
  }
  return out;
}

/**
 * Every figure between `from` and `to` in the folded text, in text order.
 *
 * @example
 * findQuantities(fold("ruim 1.400 aanslagen"), 0, 20, "nl")[0]; // { value: 1400, qualifier: "more_than", ... }
 */
export function findQuantities(folded: string, from: number, to: number, lang: Lang): Quantity[] {
  const digits = digitQuantities(folded, from, to, lang);
  const words = wordQuantities(folded, from, to, lang).filter((w) => !digits.some((d) => w.numberStart < d.numberEnd && w.numberEnd > d.numberStart));
  return [...digits, ...words].sort((a, b) => a.numberStart - b.numberStart);
}
