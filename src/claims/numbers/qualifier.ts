/**
 * Qualifiers: the words before (or after) a figure that say how exact it is. The phrases are folded (no
 * accents, lower case) and tried longest first, so "pas moins de" (at least) wins over "moins de" (fewer than).
 */
import type { Lang } from "../lang.ts";

/** How exact a figure is, as the text says. */
export type Qualifier = "exact" | "approximately" | "more_than" | "at_least" | "nearly" | "fewer_than";

const BEFORE: Record<Lang, Record<string, Qualifier>> = {
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

const AFTER: Record<Lang, Record<string, Qualifier>> = {
  nl: { "of meer": "at_least", "en meer": "at_least" },
  en: { "or more": "at_least", "or so": "approximately" },
  de: { "oder mehr": "at_least", "und mehr": "at_least" },
  fr: { "ou plus": "at_least", "et plus": "at_least" },
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function before(phrases: Record<string, Qualifier>): RegExp {
  const alts = Object.keys(phrases).sort((a, b) => b.length - a.length).map(escape).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alts})\\s*$`, "u");
}

function after(phrases: Record<string, Qualifier>): RegExp {
  const alts = Object.keys(phrases).sort((a, b) => b.length - a.length).map(escape).join("|");
  return new RegExp(`^\\s*(${alts})(?![\\p{L}\\p{N}])`, "u");
}

const BEFORE_RE = Object.fromEntries(Object.entries(BEFORE).map(([l, p]) => [l, before(p)])) as Record<Lang, RegExp>;
const AFTER_RE = Object.fromEntries(Object.entries(AFTER).map(([l, p]) => [l, after(p)])) as Record<Lang, RegExp>;

/** A qualifier found next to a figure, with where its words start or end. */
export interface QualifierHit {
  qualifier: Qualifier;
  start: number;
  end: number;
}

/** The qualifier ending just before offset `at` of the folded text, if any ("meer dan 100", "gut 90"). */
export function qualifierBefore(folded: string, at: number, lang: Lang): QualifierHit | undefined {
  const from = Math.max(0, at - 30);
  const m = BEFORE_RE[lang].exec(folded.slice(from, at));
  if (!m || m[1] === undefined) return undefined;
  const qualifier = BEFORE[lang][m[1]];
  if (!qualifier) return undefined;
  const start = from + m.index;
  return { qualifier, start, end: start + m[1].length };
}

/** The qualifier starting just after offset `at` of the folded text, if any ("100 or more"). */
export function qualifierAfter(folded: string, at: number, lang: Lang): QualifierHit | undefined {
  const m = AFTER_RE[lang].exec(folded.slice(at, at + 20));
  if (!m || m[1] === undefined) return undefined;
  const qualifier = AFTER[lang][m[1]];
  if (!qualifier) return undefined;
  return { qualifier, start: at + m[0].length - m[1].length, end: at + m[0].length };
}
