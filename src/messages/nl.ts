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
    noData: (label, dataset, first, last) => `geen gegevens voor ${label}: ${dataset} loopt in de opslag van ${first} tot ${last}`,
    partly: (label, covered, days, dataset, first, last) => `${label} is maar ${covered} van de ${days} dagen gedekt (${dataset} loopt in de opslag van ${first} tot ${last}); tempo's gebruiken gedekte dagen`,
  },
  pooling: {
    leftOut: (pooled, left) => `het totaal telt alleen ${pooled}: ${left} heeft geen gegevens voor een van de perioden`,
    total: (note) => `totaal: ${note}`,
  },
  noComparison: "Geen vergelijking mogelijk: een periode heeft geen gegevens in de opslag.",
  check: {
    needsPublished: (expressions) => `Relatieve perioden (${expressions}) hebben de publicatiedatum nodig (--published): de beweringen die ze gebruiken zijn niet gecontroleerd.`,
    needsPublishedClaim: "Niet gecontroleerd: de periode is relatief en de publicatiedatum ontbreekt.",
    noPair: "De tekst geeft geen twee cijfers voor deze vergelijking; de vergelijking uit de opslag staat in resurgence compare.",
    scopeRegion: (dataset, region, covered) => `De bewering gaat over ${region}, meer dan ${dataset} in deze opslag dekt (${covered}): niet vergeleken.`,
    scopeCountries: (dataset, missing, covered) => `De bewering omvat ${missing}, dat ${dataset} in deze opslag niet dekt (het dekt ${covered}): niet met een deel vergeleken.`,
    scopeWider: "De bewering gaat over meer dan de opslag dekt: een telling over een deel ervan bevestigt noch weerlegt haar.",
    narrowed: (issuer, value, places, claimed) => `De ${value} van ${issuer} geldt voor ${places} samen; de tekst presenteert het voor alleen ${claimed}.`,
    narrowedSummary: (issuer, places) => `De tekst versmalt het cijfer van ${issuer}: de functionaris gaf het voor ${places}, niet voor de plaatsen die de tekst noemt.`,
  },
};
