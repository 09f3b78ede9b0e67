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
  noComparison: "No comparison possible: a period has no data in the store.",
};
