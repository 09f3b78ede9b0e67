/** Dutch number words, folded (ë → e). Written as one word: honderddrieënvijftig, vierhonderdtwintig. */
import { lexicon } from "./lexeme.ts";

export const NL_LEXICON = lexicon({
  units: { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 },
  teens: {
    tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15,
    zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
  },
  tens: { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 },
  hundred: ["honderd"],
  scales: { duizend: 1e3, miljoen: 1e6, miljard: 1e9 },
  and: ["en"],
});

/** Approximate counts written as nouns: "een tiental" (about ten), "een honderdtal". */
export const NL_APPROX_NOUNS: Record<string, number> = {
  tiental: 10, twintigtal: 20, dertigtal: 30, veertigtal: 40, vijftigtal: 50, zestigtal: 60,
  zeventigtal: 70, tachtigtal: 80, negentigtal: 90, honderdtal: 100, duizendtal: 1000, dozijn: 12,
};
