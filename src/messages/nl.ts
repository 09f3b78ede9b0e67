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
  regrouping: {
    episode: (months, low, lowCi, lowSpan, riseStart, high, highCi, highSpan, times) =>
      `Na ${months} maanden op ${low} gebeurtenissen per maand (95%-BI ${lowCi}, ${lowSpan}) steeg de activiteit vanaf ${riseStart} naar ${high} per maand (${highCi}, ${highSpan}), ${times}.`,
    times: (ratio) => `${ratio}× het dal`,
    fromNone: "vanuit niets in het dal",
    span: (from, to) => `${from} tot ${to}`,
    singleRegime: "de reeks is één regime: geen verandering van tempo om over te spreken",
    noLow: (months, afterDecline) => `geen regime van ten minste ${months} maanden${afterDecline ? " na een daling" : ""}`,
    noRise: (ratio, months, from, to, rate) => `geen later regime haalde ${ratio}× een dal van ten minste ${months} maanden (langste dal: ${from} tot ${to} op ${rate} per maand)`,
  },
  reconcile: {
    periods: { same: "voor precies deze periode", inside: "voor een deel van deze periode", contains: "voor een langere periode die deze omvat", overlaps: "voor een periode die deze maar deels overlapt" },
    allCountries: "alle landen",
    and: "en",
    stated: (issuer, value, what, places, label, period, date) => `${issuer} noemde ${value} ${what} in ${places} voor ${label} (${period}; gezegd op ${date}).`,
    claimed: "Een opgeëiste aanslag is er een die de groep zelf bekendmaakte: groepen eisen sommige aanslagen op en andere niet, en opeisingen tellen mee of er nu doden vielen of niet.",
    operations: (value, actor) => `${value} is een aantal operaties tegen ${actor}, geen aantal aanslagen door die groep.`,
    differentMeasures: (list) => `De aanslagcijfers hierboven zijn verschillende maten (${list}) van verschillende bronnen: ze naast elkaar zetten veronderstelt dat ze hetzelfde tellen, en dat doen ze niet.`,
    runs: (first, last) => ` (de gegevens lopen hier van ${first} tot ${last})`,
    noData: (name, label, where, runs, definition) => `${name} heeft in deze opslag geen gegevens voor ${label} in ${where}${runs}, dus kan deze cijfers bevestigen noch tegenspreken. ${name} ${definition}.`,
    partly: (covered, days) => ` in de ${covered} van de ${days} dagen die het dekt`,
    counts: (name, events, actor, where, label, partly, deaths, definition) => `${name} telt ${events} gebeurtenissen met ${actor} in ${where} in ${label}${partly} (${deaths} doden). ${name} ${definition}.`,
    against: (issuer, value, name, dir, ratio) =>
      `Tegenover de ${value} van ${issuer} heeft ${name} er ${dir === "same" ? "evenveel" : dir === "more" ? "meer" : "minder"}${ratio ? ` (${ratio}×)` : ""}: het verschil zit in wat elk telt, niet per se in een fout van een van beide.`,
    notMatched: (a, b, why) => `${a} en ${b} zijn niet gekoppeld: ${why}.`,
    matched: (n, a, b, shareA, shareB, merged) =>
      `${n} gebeurtenissen staan zowel in ${a} als in ${b} (${shareA}% van die van ${a}, ${shareB}% van die van ${b}); samen tellen ze ${merged} verschillende gebeurtenissen. Wie de twee aantallen optelt, telt de gedeelde dubbel.`,
    noReported: (actor, where, label) => `Geen gemeld cijfer in het register gaat over ${actor} in ${where} voor ${label}.`,
    definitions: {
      "ucdp-ged": "telt geweldsgebruik waarbij ten minste één persoon omkwam, met de groep aan een van beide kanten — dus ook gevechten die regeringstroepen tegen de groep begonnen, en niet de aanslagen zonder doden",
      gdelt: "codeert nieuwsberichten machinaal; een 'aanval' is een bericht gecodeerd als aanslag, gevecht of massaal geweld met de groep als dader, herhaalde berichten over dezelfde gebeurtenis samengevoegd — evenzeer een telling van berichtgeving als van gebeurtenissen",
      acled: "telt gebeurtenissen van politiek geweld (gevechten, geweld tegen burgers, explosies en geweld op afstand) of er nu doden vielen of niet, met de groep aan een van beide kanten",
      gtd: "telt incidenten die aan zijn terrorismecriteria voldoen, met de groep als dader, of er nu doden vielen of niet",
    },
    measures: {
      claimed_attacks: "aanslagen die de groep zelf opeiste",
      attacks: "aanslagen (zoals de bron ze telde)",
      events: "gebeurtenissen",
      deaths: "doden",
      civilian_deaths: "burgerdoden",
      casualties: "slachtoffers (doden en gewonden)",
      injuries: "gewonden",
      operations_against: "operaties tegen de groep",
      operatives_killed: "gedode leden van de groep",
      operatives_detained: "aangehouden leden van de groep",
    },
  },
  noComparison: "Geen vergelijking mogelijk: een periode heeft geen gegevens in de opslag.",
};
