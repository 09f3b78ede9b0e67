/**
 * Round trip of number words: a number is written out by an independent renderer per language (standard
 * spelling, in the folded form the parser reads: no diacritics, ß kept), in the variants writers use, and
 * must parse back to itself.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Lang } from "../lang.ts";
import { findQuantities } from "./find-quantities.ts";
import { parseNumberWords } from "./number-words.ts";

interface Style {
  /** English: "and" after hundreds; French: the 1990 spelling, hyphens everywhere; German: "einhundert". */
  variant: boolean;
}

const EN_SMALL = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function en(n: number, s: Style): string {
  const below100 = (x: number) => (x < 20 ? EN_SMALL[x]! : EN_TENS[Math.floor(x / 10)]! + (x % 10 ? `-${EN_SMALL[x % 10]}` : ""));
  const below1000 = (x: number) => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    return [h ? `${EN_SMALL[h]} hundred` : "", h && r && s.variant ? "and" : "", r ? below100(r) : ""].filter(Boolean).join(" ");
  };
  const parts: string[] = [];
  for (const [scale, name] of [[1e9, "billion"], [1e6, "million"], [1e3, "thousand"]] as const) {
    const g = Math.floor(n / scale) % 1000;
    if (g) parts.push(`${below1000(g)} ${name}`);
  }
  const r = n % 1000;
  if (r) parts.push(parts.length && r < 100 && s.variant ? `and ${below100(r)}` : below1000(r));
  return parts.join(" ");
}

const FR_SMALL = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"];
const FR_TENS: Record<number, string> = { 2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante" };

function fr(n: number, s: Style): string {
  const sep = s.variant ? "-" : " ";
  const et = s.variant ? "-et-" : " et ";
  const below100 = (x: number, final: boolean): string => {
    if (x <= 16) return FR_SMALL[x]!;
    if (x < 20) return `dix-${FR_SMALL[x - 10]}`;
    if (x < 70) {
      const t = FR_TENS[Math.floor(x / 10)]!;
      const u = x % 10;
      return u === 0 ? t : u === 1 ? `${t}${et}un` : `${t}-${FR_SMALL[u]}`;
    }
    if (x < 80) return x === 71 ? `soixante${et}onze` : `soixante-${below100(x - 60, final)}`;
    return x === 80 ? (final ? "quatre-vingts" : "quatre-vingt") : `quatre-vingt-${below100(x - 80, final)}`;
  };
  // "cents" and "quatre-vingts" take their s only at the end of the number, not before mille.
  const below1000 = (x: number, final: boolean) => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    const hundreds = h === 0 ? "" : h === 1 ? "cent" : `${FR_SMALL[h]}${sep}${r === 0 && final ? "cents" : "cent"}`;
    return [hundreds, r ? below100(r, final) : ""].filter(Boolean).join(sep);
  };
  const parts: string[] = [];
  for (const [scale, one, many] of [[1e9, "milliard", "milliards"], [1e6, "million", "millions"]] as const) {
    const g = Math.floor(n / scale) % 1000;
    if (g) parts.push(g === 1 ? `un${sep}${one}` : `${below1000(g, true)}${sep}${many}`);
  }
  const th = Math.floor(n / 1000) % 1000;
  if (th) parts.push(th === 1 ? "mille" : `${below1000(th, false)}${sep}mille`);
  if (n % 1000) parts.push(below1000(n % 1000, true));
  return parts.join(sep);
}

const NL_SMALL = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"];
const NL_TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];

function nl(n: number): string {
  const below100 = (x: number) => (x < 20 ? NL_SMALL[x]! : (x % 10 ? `${NL_SMALL[x % 10]}en` : "") + NL_TENS[Math.floor(x / 10)]);
  const below1000 = (x: number) => {
    const h = Math.floor(x / 100);
    return (h === 0 ? "" : h === 1 ? "honderd" : `${NL_SMALL[h]}honderd`) + (x % 100 ? below100(x % 100) : "");
  };
  // Below a million one word (tweeduizenddriehonderdvijf); millions and milliards apart.
  const parts: string[] = [];
  for (const [scale, name] of [[1e9, "miljard"], [1e6, "miljoen"]] as const) {
    const g = Math.floor(n / scale) % 1000;
    if (g) parts.push(`${below1000(g)} ${name}`);
  }
  const th = Math.floor(n / 1000) % 1000;
  const word = (th === 0 ? "" : th === 1 ? "duizend" : `${below1000(th)}duizend`) + (n % 1000 ? below1000(n % 1000) : "");
  if (word) parts.push(word);
  return parts.join(" ");
}

const DE_SMALL = ["", "ein", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwolf", "dreizehn", "vierzehn", "funfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"];
const DE_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "funfzig", "sechzig", "siebzig", "achtzig", "neunzig"];

function de(n: number, s: Style): string {
  // "eins" ends a number (hunderteins); "ein" starts a compound (einundzwanzig, einhundert).
  const below100 = (x: number, final: boolean) =>
    x === 1 ? (final ? "eins" : "ein") : x < 20 ? DE_SMALL[x]! : (x % 10 ? `${DE_SMALL[x % 10]}und` : "") + DE_TENS[Math.floor(x / 10)];
  const below1000 = (x: number, final: boolean) => {
    const h = Math.floor(x / 100);
    return (h === 0 ? "" : h === 1 ? (s.variant ? "einhundert" : "hundert") : `${DE_SMALL[h]}hundert`) + (x % 100 ? below100(x % 100, final) : "");
  };
  const parts: string[] = [];
  for (const [scale, one, many] of [[1e9, "milliarde", "milliarden"], [1e6, "million", "millionen"]] as const) {
    const g = Math.floor(n / scale) % 1000;
    if (g) parts.push(g === 1 ? `eine ${one}` : `${below1000(g, false)} ${many}`);
  }
  const th = Math.floor(n / 1000) % 1000;
  const word = (th === 0 ? "" : th === 1 ? (s.variant ? "eintausend" : "tausend") : `${below1000(th, false)}tausend`) + (n % 1000 ? below1000(n % 1000, true) : "");
  if (word) parts.push(word);
  return parts.join(" ");
}

const RENDER: Record<Lang, (n: number, s: Style) => string> = { en, fr, nl: (n) => nl(n), de };

const number = fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 999_999_999_999 }));

describe("parseNumberWords", () => {
  it("reads back every number written out in words, in all four languages", () => {
    fc.assert(
      fc.property(number, fc.constantFrom<Lang>("en", "fr", "nl", "de"), fc.boolean(), (n, lang, variant) => {
        const text = RENDER[lang](n, { variant });
        // One alone is an article in three of the languages ("een aanslag", "un attentat", "one of the..."): not a figure.
        const lone = ["one", "un", "een"].includes(text);
        expect(parseNumberWords(lang, text.split(" ")), `${lang}: ${text}`).toBe(lone ? undefined : n);
      }),
      { numRuns: 10_000 },
    );
  });

  it("finds the same number as a figure in a sentence, with its span", () => {
    const noun: Record<Lang, string> = { en: "attacks", fr: "attaques", nl: "aanslagen", de: "anschlage" };
    fc.assert(
      fc.property(number, fc.constantFrom<Lang>("en", "fr", "nl", "de"), fc.boolean(), (n, lang, variant) => {
        const words = RENDER[lang](n, { variant });
        fc.pre(!["one", "un", "een"].includes(words));
        const text = `er ${words} ${noun[lang]}.`;
        const q = findQuantities(text, 0, text.length, lang);
        expect(q.map((x) => x.value), `${lang}: ${text}`).toEqual([n]);
        expect(text.slice(q[0]!.numberStart, q[0]!.numberEnd)).toBe(words);
      }),
      { numRuns: 4000 },
    );
  });

  it("finds German and Dutch numbers that begin with the article (fixed: the quick pre-check skipped them)", () => {
    for (const [lang, text, n] of [["de", "einundzwanzig anschlage", 21], ["de", "eintausend tote", 1000], ["nl", "eenentwintig aanslagen", 21]] as const) {
      expect(findQuantities(text, 0, text.length, lang).map((q) => q.value)).toEqual([n]);
    }
  });

  it("knows the renderer's samples (a check on the renderers themselves)", () => {
    expect(en(153, { variant: true })).toBe("one hundred and fifty-three");
    expect(fr(97, { variant: false })).toBe("quatre-vingt-dix-sept");
    expect(fr(71, { variant: false })).toBe("soixante et onze");
    expect(fr(280_000, { variant: false })).toBe("deux cent quatre-vingt mille");
    expect(nl(153)).toBe("honderddrieenvijftig");
    expect(de(2_000_101, { variant: false })).toBe("zwei millionen hunderteins");
  });
});
