/**
 * French number words, folded (é → e): "trente-neuf", "soixante et onze", "quatre-vingt-dix-sept",
 * "deux cents". Hyphenated forms are split before parsing; "dix-sept" and "quatre-vingt" are re-joined there.
 */
import { lexicon } from "./lexeme.ts";

export const FR_LEXICON = lexicon({
  units: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9 },
  teens: { dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16 },
  tens: { vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 },
  hundred: ["cent", "cents"],
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  and: ["et"],
});

/** Approximate counts written as nouns: "une centaine" (about a hundred), "un millier". */
export const FR_APPROX_NOUNS: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
  cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000,
};
