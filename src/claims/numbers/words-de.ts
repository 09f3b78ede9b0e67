/** German number words, folded (ü → u; ß kept). Written as one word: dreiundzwanzig, hundertdreiundfünfzig. */
import { lexicon } from "./lexeme.ts";

export const DE_LEXICON = lexicon({
  units: { ein: 1, eins: 1, eine: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 },
  teens: {
    zehn: 10, elf: 11, zwolf: 12, dreizehn: 13, vierzehn: 14, funfzehn: 15,
    sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  },
  tens: {
    zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, funfzig: 50,
    sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  },
  hundred: ["hundert"],
  scales: { tausend: 1e3, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9 },
  and: ["und"],
});

/** Approximate counts written as nouns: "ein Dutzend". */
export const DE_APPROX_NOUNS: Record<string, number> = { dutzend: 12 };
