/** English: the catalogue's reference language; every other language is typed against it. */
export const en = {
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
    noData: (label: string, dataset: string, first: string, last: string) => `no data for ${label}: ${dataset} in the store runs ${first}..${last}`,
    partly: (label: string, covered: number, days: number, dataset: string, first: string, last: string) =>
      `${label} is covered only ${covered} of ${days} days (${dataset} in the store runs ${first}..${last}); rates use covered days`,
  },
  pooling: {
    leftOut: (pooled: string, left: string) => `the total pools ${pooled} only: ${left} has no data for one of the periods`,
    total: (note: string) => `total: ${note}`,
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
