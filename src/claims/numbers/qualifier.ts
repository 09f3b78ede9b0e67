/**
 * Qualifiers: the words before (or after) a figure that say how exact it is. The phrases are folded (no
 * accents, lower case) and tried longest first, so "pas moins de" (at least) wins over "moins de" (fewer than).
 */
import type { Lang } from "../lang.ts";
import { lookupTable } from "../text/lookup.ts";

/** How exact a figure is, as the text says. */
export type Qualifier = "exact" | "approximately" | "more_than" | "at_least" | "nearly" | "fewer_than";

const BEFORE_TABLE: Record<Lang, Record<string, Qualifier>> = {
  nl: {
    "meer dan": "more_than", ruim: "more_than", "ruim over de": "more_than", "boven de": "more_than", "over de": "more_than",
    minstens: "at_least", "ten minste": "at_least", tenminste: "at_least", minimaal: "at_least", "op zijn minst": "at_least", zeker: "at_least", "niet minder dan": "at_least",
    bijna: "nearly", nagenoeg: "nearly", "net geen": "nearly", "bijna wel": "nearly",
    ongeveer: "approximately", "zo'n": "approximately", circa: "approximately", "ca.": "approximately", "rond de": "approximately", rond: "approximately",
    omstreeks: "approximately", "naar schatting": "approximately", gemiddeld: "approximately", "een kleine": "approximately", "pakweg": "approximately",
    "minder dan": "fewer_than", "onder de": "fewer_than", "nog geen": "fewer_than", "nog niet": "fewer_than",
  },
  en: {
    "more than": "more_than", over: "more_than", "upwards of": "more_than", "in excess of": "more_than", "well over": "more_than", "just over": "more_than",
    "at least": "at_least", "a minimum of": "at_least", "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
    nearly: "nearly", almost: "nearly", "close to": "nearly", "just under": "nearly", "just shy of": "nearly",
    about: "approximately", around: "approximately", approximately: "approximately", roughly: "approximately", some: "approximately",
    "an estimated": "approximately", estimated: "approximately", "an average of": "approximately", averaging: "approximately", "on average": "approximately",
    "average of": "approximately", circa: "approximately", "ca.": "approximately",
    "fewer than": "fewer_than", "less than": "fewer_than", under: "fewer_than", below: "fewer_than",
  },
  de: {
    "mehr als": "more_than", "uber": "more_than", "weit uber": "more_than", "knapp uber": "more_than",
    mindestens: "at_least", wenigstens: "at_least", zumindest: "at_least", "nicht weniger als": "at_least",
    fast: "nearly", knapp: "nearly", beinahe: "nearly", nahezu: "nearly", "annahernd": "nearly",
    etwa: "approximately", rund: "approximately", ungefahr: "approximately", circa: "approximately", "ca.": "approximately", gut: "approximately",
    schatzungsweise: "approximately", durchschnittlich: "approximately", "im schnitt": "approximately", "im durchschnitt": "approximately", "an die": "approximately",
    "weniger als": "fewer_than", unter: "fewer_than", "nicht einmal": "fewer_than",
  },
  fr: {
    "plus de": "more_than", "plus d'": "more_than", "au-dela de": "more_than", "bien plus de": "more_than",
    "au moins": "at_least", "au minimum": "at_least", "pas moins de": "at_least", "pas moins d'": "at_least",
    "pres de": "nearly", "pres d'": "nearly", presque: "nearly", quasiment: "nearly", "pas loin de": "nearly", "pas loin d'": "nearly",
    environ: "approximately", quelque: "approximately", "autour de": "approximately", "en moyenne": "approximately", "une moyenne de": "approximately",
    "moyenne de": "approximately", "de l'ordre de": "approximately",
    "moins de": "fewer_than", "moins d'": "fewer_than",
  },
};

const AFTER_TABLE: Record<Lang, Record<string, Qualifier>> = {
  nl: { "of meer": "at_least", "en meer": "at_least" },
  en: { "or more": "at_least", "or so": "approximately" },
  de: { "oder mehr": "at_least", "und mehr": "at_least" },
  fr: { "ou plus": "at_least", "et plus": "at_least" },
};

const BEFORE = Object.fromEntries(Object.entries(BEFORE_TABLE).map(([l, t]) => [l, lookupTable(t)])) as Record<Lang, Readonly<Record<string, Qualifier | undefined>>>;
const AFTER = Object.fromEntries(Object.entries(AFTER_TABLE).map(([l, t]) => [l, lookupTable(t)])) as Record<Lang, Readonly<Record<string, Qualifier | undefined>>>;

/** The longest phrase, in words, of any language's table: how far back a look-up must reach. */
const MAX_WORDS = 4;

/** A qualifier found next to a figure, with where its words start or end. */
export interface QualifierHit {
  qualifier: Qualifier;
  start: number;
  end: number;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

function isOpening(code: number): boolean {
  return code === 40 || code === 34 || code === 39 || code === 171 || code === 8222 || code === 91;
}

/**
 * The qualifier ending just before offset `at` of the folded text, if any ("meer dan 100", "gut 90"): the
 * last one to four words are looked up as a phrase, the longest found wins.
 */
export function qualifierBefore(folded: string, at: number, lang: Lang): QualifierHit | undefined {
  const table = BEFORE[lang];
  let i = at;
  let phrase = "";
  let best: QualifierHit | undefined;
  for (let k = 0; k < MAX_WORDS; k++) {
    while (i > 0 && isSpace(folded.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > 0 && !isSpace(folded.charCodeAt(i - 1))) i--;
    if (end === i) break;
    let start = i;
    while (start < end && isOpening(folded.charCodeAt(start))) start++;
    const word = folded.slice(start, end);
    const rest = phrase;
    phrase = rest === "" ? word : `${word} ${rest}`;
    const qualifier = table[phrase];
    if (qualifier) best = { qualifier, start, end: start + phrase.length };
    // "d'au moins 300", "qu'environ 300": an elided word before the qualifier is no part of it.
    const elided = /^(?:d|l|qu|j|s)'/.exec(word)?.[0].length ?? 0;
    if (!qualifier && elided > 0) {
      const core = rest === "" ? word.slice(elided) : `${word.slice(elided)} ${rest}`;
      const q = table[core];
      if (q) best = { qualifier: q, start: start + elided, end: start + elided + core.length };
      if (q) break;
    }
    if (start !== i) break;
  }
  return best;
}

/** The qualifier starting just after offset `at` of the folded text, if any ("100 or more"). */
export function qualifierAfter(folded: string, at: number, lang: Lang): QualifierHit | undefined {
  const m = /^\s+(\S+)(?:\s+(\S+))?/.exec(folded.slice(at, at + 20));
  if (!m?.[1]) return undefined;
  const two = m[2] ? `${m[1]} ${m[2].replace(/[.,;:]$/, "")}` : undefined;
  const qualifier = (two ? AFTER[lang][two] : undefined) ?? AFTER[lang][m[1].replace(/[.,;:]$/, "")];
  if (!qualifier) return undefined;
  const phrase = two && AFTER[lang][two] ? two : m[1].replace(/[.,;:]$/, "");
  const start = at + m[0].indexOf(m[1]);
  return { qualifier, start, end: start + phrase.length };
}
