/**
 * Fractions written as words: "a third", "een derde", "ein Drittel", "un tiers", "half", "la moitié".
 * They carry ratios ("etwa ein Drittel der Vorjahreszahl"), changes ("fell by a third") and shares.
 */
import type { Lang } from "../lang.ts";

const FRACTIONS: Record<Lang, Record<string, number>> = {
  nl: {
    "de helft": 0.5, "een derde": 1 / 3, "twee derde": 2 / 3, "een kwart": 0.25, driekwart: 0.75, "drie kwart": 0.75,
    "een vijfde": 0.2, "een tiende": 0.1, helft: 0.5, tweederde: 2 / 3, "twee-derde": 2 / 3,
  },
  en: {
    half: 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25,
    "one quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1,
  },
  de: {
    "die halfte": 0.5, halfte: 0.5, "ein drittel": 1 / 3, "einem drittel": 1 / 3, "zwei drittel": 2 / 3, "ein viertel": 0.25,
    "drei viertel": 0.75, dreiviertel: 0.75, "ein funftel": 0.2, "ein zehntel": 0.1, drittel: 1 / 3,
  },
  fr: {
    "la moitie": 0.5, moitie: 0.5, "un tiers": 1 / 3, "deux tiers": 2 / 3, "un quart": 0.25, "trois quarts": 0.75,
    "un cinquieme": 0.2, "un dixieme": 0.1,
  },
};

function compile(words: Record<string, number>): RegExp {
  const alts = Object.keys(words).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(${alts})(?![\\p{L}\\p{N}])`, "gu");
}

const PATTERNS = Object.fromEntries(Object.entries(FRACTIONS).map(([l, w]) => [l, compile(w)])) as Record<Lang, RegExp>;

/** A fraction written in words. */
export interface Fraction {
  start: number;
  end: number;
  value: number;
}

/** Every fraction word between `from` and `to` of the folded text. */
export function findFractions(folded: string, from: number, to: number, lang: Lang): Fraction[] {
  const re = PATTERNS[lang];
  const slice = folded.slice(from, to);
  const out: Fraction[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const value = FRACTIONS[lang][(m[1] ?? "").replace(/\s+/g, " ")];
    if (value !== undefined) out.push({ start: from + m.index, end: from + m.index + m[0].length, value });
  }
  return out;
}
