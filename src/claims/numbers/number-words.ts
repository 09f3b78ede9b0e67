/**
 * Parsing written numbers in the four languages. Dutch and German write a number below a million as one
 * word, so a word is decomposed into lexicon morphemes (longest first, with backtracking); English and
 * French write several words joined by spaces, hyphens, "and" or "et".
 */
import type { Lang } from "../lang.ts";
import { combine, type Order } from "./combine.ts";
import { lookupTable } from "../text/lookup.ts";
import type { Lexeme } from "./lexeme.ts";
import { DE_APPROX_NOUNS, DE_LEXICON } from "./words-de.ts";
import { EN_APPROX_NOUNS, EN_LEXICON } from "./words-en.ts";
import { FR_APPROX_NOUNS, FR_LEXICON } from "./words-fr.ts";
import { NL_APPROX_NOUNS, NL_LEXICON } from "./words-nl.ts";

interface LanguageNumbers {
  lexicon: Map<string, Lexeme>;
  order: Order;
  compounds: boolean;
  approxNouns: Readonly<Record<string, number | undefined>>;
  /** Words that mean 1 only before a hundred/thousand or an approximate noun ("a hundred", "une centaine"). */
  articles: Set<string>;
  morphemes: string[];
}

function build(lexicon: Map<string, Lexeme>, order: Order, compounds: boolean, approxNouns: Record<string, number>, articles: string[]): LanguageNumbers {
  const morphemes = [...lexicon.keys()].sort((a, b) => b.length - a.length);
  return { lexicon, order, compounds, approxNouns: lookupTable(approxNouns), articles: new Set(articles), morphemes };
}

const LANGUAGES: Record<Lang, LanguageNumbers> = {
  nl: build(NL_LEXICON, "unit-first", true, NL_APPROX_NOUNS, ["een"]),
  de: build(DE_LEXICON, "unit-first", true, DE_APPROX_NOUNS, ["ein", "eine", "einem", "einen", "einer"]),
  en: build(EN_LEXICON, "ten-first", false, EN_APPROX_NOUNS, ["a", "one", "an"]),
  fr: build(FR_LEXICON, "ten-first", false, FR_APPROX_NOUNS, ["un", "une"]),
};

function decompose(word: string, l: LanguageNumbers, from = 0): Lexeme[] | undefined {
  if (from === word.length) return [];
  for (const m of l.morphemes) {
    if (!word.startsWith(m, from)) continue;
    const rest = decompose(word, l, from + m.length);
    const lx = l.lexicon.get(m);
    if (rest && lx) return [lx, ...rest];
  }
  return undefined;
}

/** French re-joins: dix-sept → 17, quatre-vingt(s) → 80. */
function frenchMerge(parts: string[]): Lexeme[] | undefined {
  const out: Lexeme[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] ?? "";
    const next = parts[i + 1];
    if (p === "dix" && (next === "sept" || next === "huit" || next === "neuf")) {
      out.push({ kind: "teen", value: 10 + (next === "sept" ? 7 : next === "huit" ? 8 : 9) });
      i++;
    } else if (p === "quatre" && (next === "vingt" || next === "vingts")) {
      out.push({ kind: "ten", value: 80 });
      i++;
    } else {
      const lx = FR_LEXICON.get(p);
      if (!lx) return undefined;
      out.push(lx);
    }
  }
  return out;
}

const MEMO: Record<Lang, Map<string, Lexeme[] | null>> = { nl: new Map(), en: new Map(), de: new Map(), fr: new Map() };
const MEMO_LIMIT = 20000;

/** Lexemes of one word, remembered: news text repeats its words, and decomposition is the costly part. */
function wordLexemes(lang: Lang, word: string): Lexeme[] | undefined {
  const memo = MEMO[lang];
  const hit = memo.get(word);
  if (hit !== undefined) return hit ?? undefined;
  const value = lexemesOf(lang, [word]) ?? null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, value);
  return value ?? undefined;
}

function lexemesOf(lang: Lang, words: readonly string[]): Lexeme[] | undefined {
  const l = LANGUAGES[lang];
  const parts = words.flatMap((w) => w.split("-")).filter((p) => p.length > 0);
  if (lang === "fr") return frenchMerge(parts);
  const out: Lexeme[] = [];
  for (const p of parts) {
    const lx = l.lexicon.get(p) ?? (l.compounds ? decompose(p, l) : undefined);
    if (!lx) return undefined;
    if (Array.isArray(lx)) out.push(...lx);
    else out.push(lx);
  }
  return out;
}

/**
 * The value of folded number words ("honderddrieenvijftig", ["one", "hundred"], ["soixante", "et", "onze"]),
 * or undefined when they are not a number. A lone article ("een", "a", "une") is not a number.
 *
 * @example
 * parseNumberWords("nl", ["honderddrieenvijftig"]); // 153
 * parseNumberWords("fr", ["quatre-vingt-dix-sept"]); // 97
 */
export function parseNumberWords(lang: Lang, words: readonly string[]): number | undefined {
  const l = LANGUAGES[lang];
  if (words.length === 0) return undefined;
  const [first, ...rest] = words;
  if (first !== undefined && l.articles.has(first)) {
    if (rest.length === 0) return undefined;
    const tail = lexemesOf(lang, rest);
    if (!tail || (tail[0]?.kind !== "hundred" && tail[0]?.kind !== "scale")) return undefined;
    return combine(tail, l.order);
  }
  const lexemes = lexemesOf(lang, words);
  return lexemes ? combine(lexemes, l.order) : undefined;
}

/** Whether a folded word can be part of a written number in the language (a joiner like "and" included). */
export function isNumberWordPart(lang: Lang, word: string): boolean {
  const l = LANGUAGES[lang];
  if (l.articles.has(word) || l.lexicon.has(word)) return true;
  return wordLexemes(lang, word) !== undefined;
}

const STARTS = Object.fromEntries(
  (Object.keys(LANGUAGES) as Lang[]).map((lang) => {
    const l = LANGUAGES[lang];
    const words = [...l.morphemes.filter((m) => !l.articles.has(m) && m !== "en" && m !== "und" && m !== "and" && m !== "et"), ...Object.keys(l.approxNouns)];
    // An article is also the unit that starts a compound: einundzwanzig, eenentwintig, einhundert, eintausend.
    const joins = l.morphemes.filter((m) => ["and", "hundred", "scale"].includes(l.lexicon.get(m)?.kind ?? ""));
    const compounds = [...l.articles].filter((a) => l.lexicon.has(a)).map((a) => `${a}(?=${joins.join("|")})`);
    return [lang, new RegExp(`(?<![\\p{L}])(?:${[...words.sort((a, b) => b.length - a.length), ...compounds].join("|")})`, "u")];
  }),
) as Record<Lang, RegExp>;

/** Whether a stretch of folded text may hold a written number at all: a cheap test before reading words. */
export function mayHoldNumberWords(lang: Lang, folded: string): boolean {
  return STARTS[lang].test(folded);
}

/** The value of an approximate-count noun ("centaine", "tiental", "dozen"), if the word is one. */
export function approxNounValue(lang: Lang, word: string): number | undefined {
  return LANGUAGES[lang].approxNouns[word];
}
