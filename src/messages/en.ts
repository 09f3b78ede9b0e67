/** English: the catalogue's reference language; every other language is typed against it. */
import { MEASURE_WORDS } from "../reported-figure.ts";
import { brief } from "./brief/en.ts";

export const en = {
  brief,
  rule: {
    sentence: (dataset: string, who: string, types: string, precision: string) => `Counting rule: ${dataset} where ${who}; ${types}; ${precision}; an event belongs to the period of its start date; deaths = best estimate.`,
    givenFigures: "Counting rule: the figures as given; their source's definition applies. Rates are per 365.25 days.",
    roles: {
      any_side: "on either side (side A or B; coalitions split into members)",
      perpetrator: "as the perpetrator (where the dataset says who attacked)",
      side_a: "as side A",
      side_b: "as side B",
    },
    datasets: {
      "ucdp-ged": "UCDP GED events (uses of armed force with at least one direct death)",
      gdelt: "GDELT 2.0 machine-coded news events (re-reports collapsed)",
      acled: "ACLED political-violence events",
      gtd: "GTD terrorist attacks",
    } as Record<string, string>,
    otherDataset: (d: string) => `${d} events`,
    affiliates: " or its affiliates",
    allTypes: "all violence types",
    anyPrecision: "any date precision",
    precision: (p: string) => `dates known to the ${p} or better`,
    precisions: { day: "day", days: "days", week: "week", month: "month", year: "year" } as Record<string, string>,
    violence: {
      state_based: "state-based",
      non_state: "non-state",
      one_sided: "one-sided",
      attack: "attack",
      riot_protest: "riot-protest",
      other: "other",
    } as Record<string, string>,
  },
  coverage: {
    noEvents: (dataset: string, places: string) => `${dataset} has no events for ${places} in the store`,
    anyCountry: "any country",
    noData: (label: string, dataset: string, runs: string) => `no data for ${label}: ${dataset} in the store runs ${runs}`,
    partly: (label: string, covered: number, days: number, dataset: string, runs: string) =>
      `${label} is covered only ${covered} of ${days} days (${dataset} in the store runs ${runs}); rates use covered days`,
    /** Joins covered spans with a gap between them: "2010-01-03..2010-12-30 and 2014-01-01..2014-12-31". */
    and: " and ",
    noCommonDays: "on no day common to the chosen countries",
  },
  pooling: {
    leftOut: (pooled: string, left: string) => `the total pools ${pooled} only: ${left} has no data for one of the periods`,
    total: (note: string) => `total: ${note}`,
  },
  regrouping: {
    episode: (months: number, low: string, lowCi: string, lowSpan: string, riseStart: string, high: string, highCi: string, highSpan: string, times: string) =>
      `After ${months} months at ${low} events/month (95% CI ${lowCi}, ${lowSpan}), activity rose from ${riseStart} to ${high}/month (${highCi}, ${highSpan}), ${times}.`,
    times: (ratio: string) => `${ratio}× the low`,
    fromNone: "from none in the low",
    span: (from: string, to: string) => `${from} to ${to}`,
    singleRegime: "the series is a single regime: no change of rate to speak of",
    noLow: (months: number, afterDecline: boolean) => `no regime of at least ${months} months${afterDecline ? " following a decline" : ""}`,
    noRise: (ratio: number, months: number, from: string, to: string, rate: string) => `no later regime reached ${ratio}× a low of at least ${months} months (longest low: ${from} to ${to} at ${rate}/month)`,
  },
  reconcile: {
    periods: { same: "for exactly this period", inside: "for part of this period", contains: "for a longer period that includes this one", overlaps: "for a period that only overlaps this one" },
    allCountries: "all countries",
    and: "and",
    stated: (issuer: string, value: string, what: string, places: string, label: string, period: string, date: string) => `${issuer} stated ${value} ${what} in ${places} for ${label} (${period}; stated ${date}).`,
    claimed: "A claimed attack is one the group announced itself: groups claim some attacks and not others, and claims are counted whether or not anyone died.",
    operations: (value: string, actor: string) => `${value} is a count of operations against ${actor}, not of attacks by it.`,
    differentMeasures: (list: string) => `The attack figures above are different measures (${list}) from different issuers: putting them side by side assumes they count the same thing, which they do not.`,
    runs: (first: string, last: string) => ` (its data here run ${first} to ${last})`,
    noData: (name: string, label: string, where: string, runs: string, definition: string) => `${name} has no data for ${label} in ${where} in this store${runs}, so it can neither confirm nor contradict these figures. ${name} ${definition}.`,
    partly: (covered: string, days: string) => ` in the ${covered} of ${days} days it covers`,
    counts: (name: string, events: string, actor: string, where: string, label: string, partly: string, deaths: string, definition: string) => `${name} counts ${events} events involving ${actor} in ${where} in ${label}${partly} (${deaths} deaths). ${name} ${definition}.`,
    against: (issuer: string, value: string, name: string, dir: "more" | "fewer" | "same", ratio: string) =>
      `Against ${issuer}'s ${value}, ${name} has ${dir === "same" ? "as many" : dir}${ratio ? ` (${ratio}×)` : ""}: the difference is what each counts, not necessarily an error in either.`,
    notMatched: (a: string, b: string, why: string) => `${a} and ${b} were not matched: ${why}.`,
    matched: (n: string, a: string, b: string, shareA: string, shareB: string, merged: string) =>
      `${n} events appear in both ${a} and ${b} (${shareA}% of ${a}'s, ${shareB}% of ${b}'s); together they record ${merged} distinct events. Adding the two counts would double count the shared ones.`,
    noReported: (actor: string, where: string, label: string) => `No reported figure in the ledger covers ${actor} in ${where} for ${label}.`,
    definitions: {
      "ucdp-ged": "counts uses of armed force that killed at least one person, with the group on either side — so it includes fighting government forces started against the group, and leaves out attacks that killed no one",
      gdelt: "codes news reports by machine; an 'attack' is a report coded as assault, fight or mass violence with the group as the actor, re-reports of the same event collapsed — a count of coverage as much as of events",
      acled: "counts political-violence events (battles, violence against civilians, explosions and remote violence) whether or not anyone died, with the group on either side",
      gtd: "counts incidents meeting its terrorism criteria, attributed to the group as perpetrator, whether or not anyone died",
    } as Record<string, string>,
    // The reported-figure schema states what each measure counts; the catalogue reads it, not a copy.
    measures: MEASURE_WORDS as Record<string, string>,
  },
  ledger: {
    counts: (v: number, label: string, what: string, who: string) => `${v} for ${label} counts ${what} (${who}).`,
    differ: "The two figures count different things, so their ratio compares unlike quantities: read it as an indication, not a measured change.",
    issuers: "The two figures come from different issuers, who may count differently.",
    ledger: "No events in the store for these periods: these are figures stated by officials, not counted events.",
  },
  noComparison: "No comparison possible: a period has no data in the store.",
  check: {
    needsPublished: (expressions: string) => `Relative periods (${expressions}) need the publication date (--published): the claims that use them are not checked.`,
    needsPublishedClaim: "Not checked: its period is relative and the publication date is not given.",
    noPair: "The text gives no two figures for this comparison; the store's own comparison is in resurgence compare.",
    scopeRegion: (dataset: string, region: string, covered: string) => `The claim is about ${region}, wider than what ${dataset} covers in this store (${covered}): not compared.`,
    scopeCountries: (dataset: string, missing: string, covered: string) => `The claim includes ${missing}, which ${dataset} in this store does not cover (it covers ${covered}): not compared with a part.`,
    scopeWider: "The claim's scope is wider than what the store covers: a count over a part of it would neither confirm nor refute it.",
    narrowed: (issuer: string, value: string, places: string, claimed: string) => `${issuer}'s ${value} is for ${places} together; the text presents it for ${claimed} alone.`,
    narrowedSummary: (issuer: string, places: string) => `The text narrows ${issuer}'s figure: the official gave it for ${places}, not for the places the text names.`,
  },
};
