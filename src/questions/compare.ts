/**
 * `compare`: an actor's events and deaths in two periods, per country and in total, with annualised rates,
 * the rate ratio (exact 95% CI and the test that agrees with it) and one plain sentence; optionally the
 * series by month, quarter or year over both periods.
 */
import { z } from "zod";
import { compareInStore, describeRule, seriesInStore } from "../analysis/counting/index.ts";
import type { CompareRow, CountingRule, SeriesPoint } from "../analysis/counting/index.ts";
import { granularities } from "../periods/index.ts";
import { citationFor } from "./citation.ts";
import { comparisonFields } from "./fields.ts";
import { assertBuckets } from "./series.ts";
import { defineQuestion } from "./question.ts";
import { resolveScope, type ResolvedActor } from "./scope.ts";

const Input = z.strictObject({
  ...comparisonFields,
  by: z.enum(granularities).optional().describe("also give the series over both periods by month, quarter or year"),
});

const Output = z.object({
  actor: z.custom<ResolvedActor | null>().describe("the actor as resolved through the registry"),
  countries: z.array(z.string()),
  rule: z.custom<CountingRule>().describe("the counting rule"),
  rule_text: z.string(),
  warnings: z.array(z.string()),
  rows: z.array(z.custom<CompareRow>()).describe("one row per country, then ALL for the total over them"),
  notes: z.array(z.string()).describe("coverage notes"),
  series: z.array(z.custom<SeriesPoint>()).nullable(),
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
    if (q.by) assertBuckets(span, q.by, "by");
    const series = q.by ? await seriesInStore(store, { actorIds: scope.actorIds, countries: scope.countries, start: span.start, end: span.end, by: q.by, rule: scope.rule }) : null;
    return {
      actor: scope.actor,
      countries: scope.countries,
      rule: scope.rule,
      rule_text: describeRule(scope.rule, scope.actor?.name ?? q.actor),
      warnings: scope.warnings,
      ...result,
      series,
      citation: citationFor(scope.rule.dataset),
    };
  },
});
