/**
 * `forecast`: an actor's monthly event counts for the next 1..horizon months after the last whole month the
 * data cover (or the end of the period asked for), each a median with 80% and 95% intervals, from the model
 * the answer states, fitted on the months it names, under the counting rule it states.
 */
import { z } from "zod";
import { describeRule, type CountingRule } from "../analysis/counting/index.ts";
import { forecastInStore, type ForecastPoint } from "../analysis/forecast/index.ts";
import type { Period } from "../periods/index.ts";
import { actorField, countField, countriesField, langField, periodField, ruleFields } from "./fields.ts";
import { defineQuestion } from "./question.ts";
import { resolveScope, type ResolvedActor } from "./scope.ts";

const Input = z.strictObject({
  actor: actorField,
  country: countriesField.optional(),
  horizon: countField(1, 24, 6, "months ahead to forecast"),
  period: periodField.optional().describe("the months to fit on (default: every month the data cover); the forecast starts the month after"),
  lang: langField,
  ...ruleFields,
});

const Point = z.object({
  month: z.string(),
  median: z.number().int(),
  pi80: z.tuple([z.number().int(), z.number().int()]),
  pi95: z.tuple([z.number().int(), z.number().int()]),
  mean: z.number().describe("the model's expected count"),
  alpha: z.number().describe("NB2 dispersion for this horizon (variance mean + α·mean²)"),
  errors: z.number().int().describe("past out-of-sample forecasts at this horizon the dispersion was fitted on"),
});

const Output = z.object({
  actor: z.custom<ResolvedActor>(),
  countries: z.array(z.string()).describe("the countries asked for"),
  places: z.array(z.string()).describe("the countries pooled"),
  rule: z.custom<CountingRule>(),
  rule_text: z.string(),
  warnings: z.array(z.string()),
  model: z.string().describe("the model, in words"),
  settings: z.record(z.string(), z.unknown()).describe("the model's fixed settings"),
  fitted_on: z.object({ first: z.string(), last: z.string(), months: z.number().int(), events: z.number().int() }).describe("whole months from the actor's first event to the last whole covered month"),
  span: z.custom<Period>().describe("the months covered, before trimming to whole months from the first event"),
  months: z.array(z.string()),
  counts: z.array(z.number().int()),
  forecast: z.array(Point satisfies z.ZodType<ForecastPoint>),
});

export const forecastQuestion = defineQuestion({
  name: "forecast",
  summary: "Monthly event counts 1..horizon months ahead: median, 80% and 95% intervals from a stated negative-binomial model",
  input: Input,
  output: Output,
  cacheable: true,
  async run(q, { store, registry }) {
    const scope = await resolveScope(q, registry, store);
    const f = await forecastInStore(store, { actorIds: scope.actorIds, countries: scope.countries, rule: scope.rule, period: q.period }, q.horizon, q.lang);
    return {
      actor: scope.actor!,
      countries: scope.countries,
      places: f.places,
      rule: scope.rule,
      rule_text: describeRule(scope.rule, scope.actor?.name ?? q.actor, q.lang),
      warnings: scope.warnings,
      model: f.model,
      settings: f.settings,
      fitted_on: { first: f.months[0]!, last: f.months.at(-1)!, months: f.months.length, events: f.counts.reduce((a, b) => a + b, 0) },
      span: f.span,
      months: f.months,
      counts: f.counts,
      forecast: f.points,
    };
  },
});
