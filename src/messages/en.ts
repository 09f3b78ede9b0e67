/** English: the catalogue's reference language; every other language is typed against it. */
import { MEASURE_WORDS } from "../reported-figure.ts";
import { brief } from "./brief/en.ts";
import { cli } from "./cli/en.ts";

export const en = {
  /** The locale numbers and dates are written in (Intl). */
  locale: "en-GB",
  /** What starts the one line a refused command prints: "error: <what> (<how to fix>)". */
  errorLabel: "error",
  brief,
  cli,
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
    /** Who a rule counts when no actor is asked for, and over every actor at once. */
    anyActor: "any actor",
    eachActor: "each actor",
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
  /** The forecast's model in words, with its fixed settings (analysis/forecast). */
  forecast: {
    model: (combination: string, errors: string) =>
      `negative binomial (NB2) around ${combination}; the dispersion for each horizon is fitted by maximum likelihood to the model's own errors at that horizon over the last ${errors} forecasts made before (rolling origin, no look-ahead), so the intervals carry the parameter and level uncertainty the model showed`,
    combination: (parts: string, window: string, halfLife: string) =>
      `an adaptive combination of ${parts} — each weighted, per horizon, by the inverse square of its mean absolute error over its last ${window} forecasts already scored (an error ${halfLife} forecasts older counting half)`,
    methods: {
      "no-change": "last month's count",
      "mean-3": "mean of the last 3 months",
      "mean-12": "mean of the last 12 months",
      "seasonal-naive": "the count in the same calendar month a year before",
    } as Record<string, string>,
    localTrend: (window: string, halfLife: string, ridge: string, damping: string, cap: string) =>
      `weighted log-linear Poisson fit over the last ${window} months (half-life ${halfLife} months, slope ridge ${ridge}), trend damped by ${damping} a month and capped at ×${cap}`,
  },
  /** The dashboard's choices: each value of a choice field in the reader's words (precision: `rule.precisions`). */
  form: {
    roles: { any_side: "either side", perpetrator: "perpetrator", side_a: "side A", side_b: "side B" } as Record<string, string>,
    articleLangs: { auto: "detect", en: "English", nl: "Dutch", de: "German", fr: "French" } as Record<string, string>,
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
  /** The map beside compare: what its total counts, and why compare's total for the same period is another number. */
  mapScope: {
    /** The map legend's last entry, past its eighth actor. */
    otherActors: "other actors",
    leftOut: (mapEvents: string, label: string, compareEvents: string, pooled: string, left: string) =>
      `The map counts every event in ${label} (${mapEvents}); compare's total counts ${compareEvents}: it pools ${pooled} only, as ${left} has no data for one of the periods.`,
    days: (mapEvents: string, label: string, compareEvents: string) =>
      `The map counts every event in ${label} (${mapEvents}); compare's total counts ${compareEvents}, only on the days the data of all its countries cover.`,
    none: (mapEvents: string, label: string) => `The map counts every event in ${label} (${mapEvents}); compare has no total: no country has data in both periods.`,
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
  /**
   * Errors raised below the surfaces (a period, a country, an actor, a question's field): the error carries a
   * key of this section and its arguments (`words.ts`), and each boundary says it in the reader's language.
   */
  errors: {
    emptyPeriod: "Empty period spec",
    notRange: (spec: string) => `Period "${spec}" is not a range: write exactly one FROM..TO`,
    endsBeforeStart: (spec: string, end: string, start: string) => `Period "${spec}" ends (${end}) before it starts (${start})`,
    earlierPeriodFirst: "Put the earlier period first: FROM..TO",
    badPeriod: (whole: string, part: string, reason: string) => `Bad period "${whole}"${part ? ` ("${part}")` : ""}: ${reason}`,
    periodForms:
      "YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-MM, YYYY-MM-DD (or DD-MM-YYYY), or FROM..TO of any two of those " +
      "(e.g. 2023, 2024-H1, 2024-Q3, 2024-03, 2024-02-29, 17-07-2024, 2023-07..2024-06)",
    acceptedForms: (forms: string) => `Accepted forms: ${forms}`,
    halfYear: (n: string) => `half-year must be H1 or H2, not H${n}`,
    quarter: (n: string) => `quarter must be Q1 to Q4, not Q${n}`,
    month: (n: string) => `month must be 01 to 12, not ${n}`,
    monthDays: (month: number, year: string, last: number, day: string) =>
      `${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1] ?? month} ${year} has days 01 to ${last}, not ${day}`,
    noForm: "not in any accepted form",
    unknownBucket: (size: string) => `Unknown bucket size "${size}"`,
    useOneOf: (list: string) => `Use one of: ${list}`,
    rangeBackwards: (end: string, start: string) => `Range ends (${end}) before it starts (${start})`,
    earlierDateFirst: "Put the earlier date first",
    start: "Start",
    end: "End",
    notDate: (what: string, text: string) => `${what} "${text}" is not a date`,
    writeDates: "Write dates as YYYY-MM-DD, e.g. 2024-02-29",
    noCountry: "no country given",
    passCountries: "pass ISO3 codes or names, e.g. --country SYR,IRQ",
    unknownCountry: (name: string) => `unknown country "${name}"`,
    countryHint: "use an ISO 3166-1 alpha-3 code such as SYR or IRQ, or a country name",
    unknownActor: (name: string, meant: string) => `no actor in the registry is called "${name}"; did you mean "${meant}"?`,
    /** Not an error: the warning in an answer counted for a name the registry lacks. */
    notInRegistry: (name: string, id: string) => `"${name}" is not in the actor registry; counting events whose sides are written exactly so (id ${id})`,
    actorHint: "names match exactly, never as patterns; add a group of your own with --actors FILE",
    tooManyBuckets: (start: string, end: string, by: string, max: number) => `${start}..${end} by ${by} has more than ${max} buckets`,
    shorterSpan: "choose a shorter period or a coarser bucket",
    publishedForm: "expected YYYY, YYYY-MM, YYYY-MM-DD or DD-MM-YYYY",
    publishedDate: "is not a publication date: the year must be 1000 or later, the month 01–12 and the day one the month has",
    /** A command-line flag's value and what is wrong with it (the flag and value as typed). */
    flagValue: (flag: string, given: string, problem: string) => `${flag} "${given}": ${problem}`,
    /** A flag and what is wrong with it, its value not at hand (a value the question refused after parsing). */
    flagProblem: (flag: string, problem: string) => `${flag}: ${problem}`,
    /** A scope detection or a forecast cannot read (analysis/monitor, analysis/forecast). */
    noActorEvents: (dataset: string) => `${dataset} has no events of this actor in the store under the counting rule`,
    checkActor: "check the actor's name and the counting rule (resurgence status shows what is there)",
    noCommonCoverage: (dataset: string, places: string) => `${dataset} has no common coverage for ${places}`,
    theStore: "the store",
    ingestFirst: "ingest data for these countries first (resurgence status shows what is there)",
    outsideCoverage: (first: string, last: string, label: string) => `the data cover ${first}..${last}, outside ${label}`,
    theSpan: "the span",
    insideCoverage: "choose a period inside the covered span",
    forecastTooShort: (months: number, needed: number) => `only ${months} whole months with data from the first event on; a forecast needs at least ${needed}`,
    longerHistory: "widen the period or choose a scope with a longer history",
  },
  /** The API's own error messages (the parameter, the route); a message from deeper down keeps its words. */
  api: {
    where: { query: "query parameter", body: "body field" } as Record<"query" | "body", string>,
    missing: "is required",
    oneOf: (values: string) => `expected one of ${values}`,
    unknown: (where: string, keys: string, many: boolean) => `unknown ${where}${many ? "s" : ""} ${keys}`,
    seeOpenapi: "see /openapi.json for the accepted parameters",
    repeated: (key: string) => `query parameter "${key}" is given more than once`,
    giveOnce: "give it once; a list is comma-separated, e.g. country=SYR,IRQ",
    notJson: "the request body is not valid JSON",
    sendJson: "send Content-Type: application/json and a JSON object",
    noRoute: (method: string, path: string) => `no route ${method} ${path}`,
    wrongMethod: (path: string, method: string, methods: string) => `${path} does not take ${method}; it takes ${methods}`,
    seeRoutes: "see /openapi.json",
    internal: "unexpected failure (this is a bug; the server log has the details)",
    refused: "request refused",
  },
  check: {
    needsPublished: (expressions: string) => `Relative periods (${expressions}) need the publication date (--published): the claims that use them are not checked.`,
    needsPublishedClaim: "Not checked: its period is relative and the publication date is not given.",
    noPair: "The text gives no two figures for this comparison; the store's own comparison is in resurgence compare.",
    scopeRegion: (dataset: string, region: string, covered: string) => `The claim is about ${region}, wider than what ${dataset} covers in this store (${covered}): not compared.`,
    scopeCountries: (dataset: string, missing: string, covered: string) => `The claim includes ${missing}, which ${dataset} in this store does not cover (it covers ${covered}): not compared with a part.`,
    scopeWider: "The claim's scope is wider than what the store covers: a count over a part of it would neither confirm nor refute it.",
    narrowed: (issuer: string, value: string, places: string, claimed: string) => `${issuer}'s ${value} is for ${places} together; the text presents it for ${claimed} alone.`,
    narrowedSummary: (issuer: string, places: string) => `The text narrows ${issuer}'s figure: the official gave it for ${places}, not for the places the text names.`,
    otherType: (type: string) => `A ${type} claim: resurgence checks counts and comparisons.`,
    ownFigures: "the article's own figures",
    absolute: (a: string, b: string, ratio: string) => `${a} against ${b} is ${ratio}× in absolute terms.`,
    rate: (ratio: string, ci: string, daysA: string, daysB: string) => `Per day (or per year) the rate is ${ratio}×${ci}: the periods last ${daysA} and ${daysB} days.`,
    ci: (lower: string, upper: string) => ` (95% CI ${lower}–${upper})`,
    sameDirection: "The article's own figures move in the direction it says.",
    otherDirection: "The article's own figures move the other way.",
    countsHold: (counts: string, claimed: string) => `The counts themselves are ${counts}× — the claimed ${claimed}× holds.`,
    projection: (counts: string, rate: string, projected: boolean) =>
      `Holds only as a projection: the counts are ${counts}×, but the yearly rate is ${rate}× because the periods differ in length${projected ? ", and the text presents it as a projection" : "; the text states it as a fact about the counts"}.`,
    neither: (counts: string, rate: string, claimed: string) => `Neither the counts (${counts}×) nor the yearly rate (${rate}×) come to the claimed ${claimed}×.`,
    unclear: (missing: string) => `Cannot be checked: the text does not say ${missing} clearly enough.`,
    missing: { group: "the group", period: "the period", figure: "the figure" },
    statedAsText: (issuer: string, value: string, what: string, date: string) => `${issuer} stated ${value} ${what} for the same period and places (${date}), as the text says.`,
    statedNot: (issuer: string, value: string, what: string, date: string, said: string) => `${issuer} stated ${value} ${what} for the same period and places (${date}), not ${said}.`,
    statedOther: (issuer: string, value: string, what: string, unit: string) => `${issuer} stated ${value} ${what} for the same period and places: a different measure from the text's "${unit}".`,
    credits: (credited: string, issuer: string) => `The text credits ${credited}, but this figure came from ${issuer}.`,
    noCountry: "no country",
    noDataHere: (name: string, runsTo: string) => `${name} has no data for this period in this store${runsTo}.`,
    runsTo: (last: string) => ` (it runs to ${last})`,
    notCounted: (name: string, unit: string) => `${name} does not count ${unit}.`,
    partialDays: (covered: string, days: string) => ` (it covers only ${covered} of the period's ${days} days)`,
    datasetHas: (name: string, value: string, what: string, actor: string, partial: string, definition: string) => `${name} has ${value} ${what} for ${actor} in this period and place${partial}; it ${definition}.`,
    quantities: { events: "events", deaths: "deaths" },
    ownDefinition: "counts by its own definition",
    summary: {
      consistent: "A source that counts the same thing for the same period and places gives the same figure.",
      inconsistent: "A source that counts the same thing for the same period and places gives a different figure.",
      matchesOther: (source: string, unit: string) => `The figure matches ${source}'s, but that counts something else than the text's "${unit}": the text changes what was counted.`,
      otherThing: (unit: string) => `Sources cover this period, but they count something else than the text's "${unit}", so their numbers neither confirm nor refute it.`,
      noData: (start: string, end: string) => `No dataset in the store covers ${start} to ${end}, and no reported figure matches: nothing here can confirm or refute it.`,
    },
    /** What a claim counts, in the reader's words; a unit not listed is shown with spaces for underscores. */
    units: {
      attacks: "attacks",
      claimed_attacks: "claimed attacks",
      planned_attacks: "planned attacks",
      suicide_attacks: "suicide attacks",
      attacks_per_day: "attacks per day",
      events: "events",
      incidents: "incidents",
      deaths: "deaths",
      civilian_deaths: "civilian deaths",
      victims: "victims",
      civilian_victims: "civilian victims",
      casualties: "casualties",
      civilian_casualties: "civilian casualties",
      injuries: "injuries",
      civilian_injuries: "civilian injuries",
      kidnappings: "kidnappings",
      plots: "plots",
    } as Record<string, string>,
    report: {
      title: "Claims checked",
      meta: (lang: string, published: string) => `Language: ${lang}; published: ${published}.`,
      unknownPublished: "unknown (relative periods unresolved)",
      verdicts: { consistent: "consistent", inconsistent: "inconsistent", not_comparable: "not comparable", no_data: "no data for the period", unchecked: "not checked" },
      comparison: "comparison",
      unknownActor: "unknown actor",
      noPlace: "no place",
      according: (source: string) => ` · according to ${source}`,
      none: "No quantitative claims about armed groups were found.",
    },
  },
};
