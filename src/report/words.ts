/** The briefing's fixed words in English and Dutch; the Dutch table is typed against the English keys. */
const en = {
  title: (actor: string, where: string, a: string, b: string) => `${actor} in ${where}: ${a} compared with ${b}`,
  allCountries: "all countries",
  and: "and",
  generated: "Generated",
  chart: "Events per month",
  chartNote: (a: string, b: string) => `Shaded: ${a} (blue) and ${b} (grey). Hatched: months the data do not cover.`,
  regimes: "Regimes (events per month, 95% interval)",
  alarms: "CUSUM alarms",
  noAlarms: "none",
  map: "Where",
  mapNote: (a: string, b: string, shown: string) => `Events in ${a} (blue) and ${b} (grey); ${shown}.`,
  table: "Comparison",
  country: "Country",
  all: "All",
  events: "events",
  deaths: "deaths",
  days: "days covered",
  perYear: "per year",
  ratio: "rate ratio",
  ci: "95% CI",
  p: "p",
  reconciliation: "Other sources",
  caveats: "Caveats",
  sources: "Sources",
  noComparison: "No comparison possible: a period has no data in the store.",
  caveatList: [
    "An event belongs to the period of its start date; rates are annualised per 365.25 days over the days the data cover, so a half-year is not read as a year.",
    "UCDP GED counts uses of armed force with at least one direct death; attacks without deaths, and claims a group makes, are not in it. Figures from officials or the group itself count other things.",
    "Datasets are never summed: each counts something different.",
  ],
  shown: (n: string, total: string, sampled: boolean) => (sampled ? `${n} of ${total} events drawn, sampled evenly through each period` : `${n} events`),
};

export type BriefingWords = typeof en;

const nl: BriefingWords = {
  title: (actor, where, a, b) => `${actor} in ${where}: ${a} vergeleken met ${b}`,
  allCountries: "alle landen",
  and: "en",
  generated: "Gemaakt",
  chart: "Gebeurtenissen per maand",
  chartNote: (a, b) => `Gekleurd: ${a} (blauw) en ${b} (grijs). Gearceerd: maanden zonder gegevens.`,
  regimes: "Regimes (gebeurtenissen per maand, 95%-interval)",
  alarms: "CUSUM-alarmen",
  noAlarms: "geen",
  map: "Waar",
  mapNote: (a, b, shown) => `Gebeurtenissen in ${a} (blauw) en ${b} (grijs); ${shown}.`,
  table: "Vergelijking",
  country: "Land",
  all: "Alle",
  events: "gebeurtenissen",
  deaths: "doden",
  days: "gedekte dagen",
  perYear: "per jaar",
  ratio: "verhouding",
  ci: "95%-BI",
  p: "p",
  reconciliation: "Andere bronnen",
  caveats: "Kanttekeningen",
  sources: "Bronnen",
  noComparison: "Geen vergelijking mogelijk: een periode heeft geen gegevens in de opslag.",
  caveatList: [
    "Een gebeurtenis hoort bij de periode van haar begindatum; tempo's zijn per 365,25 dagen over de dagen die de gegevens dekken, dus een half jaar wordt niet als een jaar gelezen.",
    "UCDP GED telt geweldsgebruik met ten minste één directe dode; aanslagen zonder doden en claims van de groep zelf staan er niet in. Cijfers van officials of van de groep tellen iets anders.",
    "Datasets worden nooit opgeteld: elk telt iets anders.",
  ],
  shown: (n, total, sampled) => (sampled ? `${n} van ${total} gebeurtenissen getekend, gelijkmatig over elke periode gekozen` : `${n} gebeurtenissen`),
};

export function briefingWords(lang: "en" | "nl"): BriefingWords {
  return lang === "nl" ? nl : en;
}
