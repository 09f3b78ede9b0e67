/**
 * `compare`: an actor's events and deaths in two periods, per country and in total, with annualised rates,
 * the rate ratio (exact 95% CI and the test that agrees with it) and one plain sentence; optionally the
 * series by month, quarter or year over both periods.
 */
import { z } from "zod";
import { compareByPlace, compareInStore, describeRule, seriesInStore } from "../analysis/counting/index.ts";
import { ledgerComparison, type LedgerComparison } from "../analysis/ledger/index.ts";
import type { CompareRow, CountingRule, PlaceRow, SeriesPoint } from "../analysis/counting/index.ts";
import { granularities } from "../periods/index.ts";
import { citationFor } from "./citation.ts";
import { comparisonFields, deathsRecordedField } from "./fields.ts";
import { assertBuckets } from "./series.ts";
import { defineQuestion } from "./question.ts";
import { resolveScope, type ResolvedActor } from "./scope.ts";
import { recordsDeaths } from "../sources/index.ts";

const Input = z.strictObject({
  ...comparisonFields,
  by: z
    .enum([...granularities, "admin1"])
    .optional()
    .describe("also give the series over both periods by month, quarter or year, or (admin1) the events per province in both periods"),
});

const Output = z.object({
  actor: z.custom<ResolvedActor | null>().describe("the actor as resolved through the registry"),
  countries: z.array(z.string()),
  rule: z.custom<CountingRule>().describe("the counting rule"),
  rule_text: z.string(),
  deaths_recorded: deathsRecordedField,
  warnings: z.array(z.string()),
  rows: z.array(z.custom<CompareRow>()).describe("one row per country, then ALL for the total over them"),
  notes: z.array(z.string()).describe("coverage notes"),
  series: z.array(z.custom<SeriesPoint>()).nullable(),
  places: z.array(z.custom<PlaceRow>()).nullable().describe("with by=admin1: events per province in both periods, largest rise in annualised rate first"),
  ledger: z
    .custom<LedgerComparison>()
    .nullable()
    .describe("when the store has no data for a period: the officials' figures for both periods, their arithmetic and caveats; else null"),
  citation: z.string().nullable(),
});

export const compareQuestion = defineQuestion({
  name: "compare",
  summary: "An actor's events in two periods, per country and in total: annualised rates, rate ratio with exact 95% CI and test, one sentence",
  input: Input,
  output: Output,
  cacheable: true,
  async run(q, { store, registry }) {
    const scope = await resolveScope(q, registry, store);
    const result = await compareInStore(store, { actorIds: scope.actorIds, countries: scope.countries, a: q.period, b: q.vs, rule: scope.rule, lang: q.lang });
    const span = { start: q.period.start < q.vs.start ? q.period.start : q.vs.start, end: q.period.end > q.vs.end ? q.period.end : q.vs.end };
    const by = q.by === "admin1" ? undefined : q.by;
    if (by) assertBuckets(span, by, "by");
    // No events to compare (a period the store does not cover): what officials stated, if the ledger has both.
    const total = result.rows.at(-1);
    const ledger =
      scope.actor && !total?.comparison
        ? ledgerComparison(await store.reported({ actorIds: scope.actorIds, countries: scope.countries.length ? scope.countries : undefined, start: span.start, end: span.end }), { a: q.period, b: q.vs, actorIds: scope.actorIds, countries: scope.countries, lang: q.lang })
        : null;
    const series = by ? await seriesInStore(store, { actorIds: scope.actorIds, countries: scope.countries, start: span.start, end: span.end, by, rule: scope.rule }) : null;
    const places = q.by === "admin1" ? await compareByPlace(store, { actorIds: scope.actorIds, countries: scope.countries, a: q.period, b: q.vs, rule: scope.rule, lang: q.lang }) : null;
    return {
      actor: scope.actor,
      countries: scope.countries,
      rule: scope.rule,
      rule_text: describeRule(scope.rule, scope.actor?.name ?? q.actor, q.lang),
      deaths_recorded: recordsDeaths(scope.rule.dataset),
      warnings: scope.warnings,
      ...result,
      series,
      places,
      ledger,
      citation: citationFor(scope.rule.dataset),
    };
  },
});
