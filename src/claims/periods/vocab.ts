/** The calendar words of each language, folded (no accents, lower case). */
import type { Lang } from "../lang.ts";

/** Calendar words of one language. */
export interface CalendarVocab {
  months: Record<string, number>;
  /** Ordinals used for halves and quarters: first … fourth. */
  ordinals: Record<string, number>;
  units: Record<string, "day" | "week" | "month" | "year">;
  /** Words for "this year", "last year", "that year" and a bare "the year" inside longer phrases. */
  yearRefs: Record<string, "this" | "last" | "that">;
}

const NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split(" ");
const EN_MONTHS = "january february march april may june july august september october november december".split(" ");
const DE_MONTHS = "januar februar marz april mai juni juli august september oktober november dezember".split(" ");
const FR_MONTHS = "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split(" ");

/** Full month names, plus abbreviations only with their dot ("Nov.", "janv."): "sept" alone is French seven. */
function months(names: string[], abbreviations: Record<string, number>): Record<string, number> {
  const dotted = Object.fromEntries(Object.entries(abbreviations).map(([a, m]) => [`${a}.`, m]));
  return { ...Object.fromEntries(names.map((n, i) => [n, i + 1])), ...dotted };
}

export const VOCAB: Record<Lang, CalendarVocab> = {
  nl: {
    months: months(NL_MONTHS, { jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 }),
    ordinals: { eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: 4 },
    units: { dag: "day", dagen: "day", week: "week", weken: "week", maand: "month", maanden: "month", jaar: "year", jaren: "year" },
    yearRefs: { "dit jaar": "this", "het jaar": "this", "dit jaar al": "this", "vorig jaar": "last", "vorige jaar": "last", "het vorige jaar": "last", "dat jaar": "that", "datzelfde jaar": "that" },
  },
  en: {
    months: months(EN_MONTHS, { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 }),
    ordinals: { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, last: 4 },
    units: { day: "day", days: "day", week: "week", weeks: "week", month: "month", months: "month", year: "year", years: "year" },
    yearRefs: { "this year": "this", "the year": "this", "the current year": "this", "last year": "last", "the previous year": "last", "the past year": "last", "that year": "that", "the same year": "that" },
  },
  de: {
    months: { ...months(DE_MONTHS, { jan: 1, feb: 2, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dez: 12 }), maerz: 3, janner: 1 },
    ordinals: { ersten: 1, erste: 1, erstes: 1, zweiten: 2, zweite: 2, dritten: 3, dritte: 3, vierten: 4, vierte: 4, letzten: 4 },
    units: { tag: "day", tage: "day", tagen: "day", woche: "week", wochen: "week", monat: "month", monate: "month", monaten: "month", jahr: "year", jahre: "year", jahren: "year" },
    yearRefs: {
      "dieses jahres": "this", "des jahres": "this", "diesen jahres": "this", "des laufenden jahres": "this", "des vorjahres": "last",
      "des vergangenen jahres": "last", "letzten jahres": "last", "jenes jahres": "that", "desselben jahres": "that", "des gleichen jahres": "that",
    },
  },
  fr: {
    months: months(FR_MONTHS, { janv: 1, fevr: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, dec: 12 }),
    ordinals: { premier: 1, premiere: 1, "1er": 1, "1re": 1, deuxieme: 2, second: 2, seconde: 2, "2e": 2, troisieme: 3, "3e": 3, quatrieme: 4, "4e": 4, dernier: 4 },
    units: { jour: "day", jours: "day", semaine: "week", semaines: "week", mois: "month", an: "year", ans: "year", annee: "year", annees: "year" },
    yearRefs: {
      "cette annee": "this", "l'annee": "this", "l'annee en cours": "this", "l'annee derniere": "last", "l'an dernier": "last",
      "l'annee precedente": "last", "l'annee passee": "last", "cette annee-la": "that", "la meme annee": "that",
    },
  },
};
