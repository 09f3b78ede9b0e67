/** Dutch: typed against the English catalogue, so a missing message is a compile error. */
import type { en } from "./en.ts";

export const nl: typeof en = {
  rule: {
    sentence: (dataset, who, types, precision) => `Telregel: ${dataset} waarin ${who}; ${types}; ${precision}; een gebeurtenis hoort bij de periode van haar begindatum; doden = beste schatting.`,
    givenFigures: "Telregel: de cijfers zoals gegeven; de definitie van hun bron geldt. Tempo's zijn per 365,25 dagen.",
    roles: {
      any_side: "aan een van beide kanten staat (kant A of B; coalities in hun leden gesplitst)",
      perpetrator: "de dader is (waar de dataset zegt wie aanviel)",
      side_a: "kant A is",
      side_b: "kant B is",
    },
    datasets: {
      "ucdp-ged": "UCDP GED-gebeurtenissen (geweldsgebruik met ten minste één directe dode)",
      gdelt: "GDELT 2.0-nieuwsgebeurtenissen, machinaal gecodeerd (herhaalde berichten samengevoegd)",
      acled: "ACLED-gebeurtenissen van politiek geweld",
      gtd: "GTD-terroristische aanslagen",
    },
    otherDataset: (d) => `${d}-gebeurtenissen`,
    affiliates: " of een van haar afdelingen",
    allTypes: "alle soorten geweld",
    anyPrecision: "elke datumprecisie",
    precision: (p) => `datums op ${p} nauwkeurig of beter`,
    precisions: { day: "de dag", days: "enkele dagen", week: "de week", month: "de maand", year: "het jaar" },
    violence: {
      state_based: "statelijk",
      non_state: "niet-statelijk",
      one_sided: "eenzijdig",
      attack: "aanval",
      riot_protest: "rellen en protest",
      other: "overig",
    },
  },
  coverage: {
    noEvents: (dataset, places) => `${dataset} heeft geen gebeurtenissen voor ${places} in de opslag`,
    anyCountry: "enig land",
    noData: (label, dataset, runs) => `geen gegevens voor ${label}: ${dataset} dekt in de opslag ${runs}`,
    partly: (label, covered, days, dataset, runs) => `${label} is maar ${covered} van de ${days} dagen gedekt (${dataset} dekt in de opslag ${runs}); tempo's gebruiken gedekte dagen`,
    and: " en ",
    noCommonDays: "geen dag die alle gekozen landen dekt",
  },
  pooling: {
    leftOut: (pooled, left) => `het totaal telt alleen ${pooled}: ${left} heeft geen gegevens voor een van de perioden`,
    total: (note) => `totaal: ${note}`,
  },
  noComparison: "Geen vergelijking mogelijk: een periode heeft geen gegevens in de opslag.",
};
