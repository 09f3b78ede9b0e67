/**
 * `detect`: regimes (PELT, rate with 95% interval), month-by-month NB CUSUM alarms and the regrouping verdict
 * for an actor's monthly series over the months the data cover (the span rule of analysis/monitor).
 */
import { z } from "zod";
import { describeRule, type CountingRule } from "../analysis/counting/index.ts";
import type { AlarmStep, Regime, Regrouping } from "../analysis/detect/index.ts";
import { detectInStore } from "../analysis/monitor/index.ts";
import type { Period } from "../periods/index.ts";
import { actorField, countriesField, langField, periodField, ruleFields } from "./fields.ts";
import { defineQuestion } from "./question.ts";
import { resolveScope, type ResolvedActor } from "./scope.ts";

const Input = z.strictObject({
  actor: actorField,
  country: countriesField.optional(),
  period: periodField.optional().describe("the span to analyse (default: every month the data cover for these countries)"),
  lang: langField,
  ...ruleFields,
});

const Output = z.object({
  actor: z.custom<ResolvedActor>(),
  countries: z.array(z.string()).describe("the countries asked for"),
  places: z.array(z.string()).describe("the countries pooled: those asked for, or every country where the actor has events (each covered)"),
  rule: z.custom<CountingRule>(),
  rule_text: z.string(),
  warnings: z.array(z.string()),
  span: z.custom<Period>().describe("the months analysed"),
  months: z.array(z.string()),
  counts: z.array(z.number()),
  deaths: z.array(z.number()),
  partial: z.array(z.boolean()),
  model: z.enum(["poisson", "negbin"]),
  alpha: z.number().describe("the NB2 dispersion used throughout (0 for Poisson)"),
  overdispersed: z.boolean(),
  penalty: z.object({ criterion: z.union([z.string(), z.number()]), value: z.number() }),
  regimes: z.array(z.custom<Regime>()),
  alarms: z.array(z.custom<AlarmStep>()).describe("the CUSUM's verdict for every month"),
  regrouping: z.custom<Regrouping>(),
});

export const detectQuestion = defineQuestion({
  name: "detect",
  summary: "Regimes (PELT, rate with 95% interval), month-by-month NB CUSUM alarms and a regrouping verdict for an actor's monthly series",
  input: Input,
  output: Output,
  cacheable: true,
  async run(q, { store, registry }) {
    const scope = await resolveScope(q, registry, store);
    const d = await detectInStore(store, { actorIds: scope.actorIds, countries: scope.countries, rule: scope.rule, period: q.period, lang: q.lang });
    return {
      actor: scope.actor!,
      countries: scope.countries,
      places: d.places,
      rule: scope.rule,
      rule_text: describeRule(scope.rule, scope.actor?.name ?? q.actor, q.lang),
      warnings: scope.warnings,
      span: d.span,
      months: d.months,
      counts: d.counts,
      deaths: d.deaths,
      partial: d.partial,
      model: d.model,
      alpha: d.alpha,
      overdispersed: d.dispersion.overdispersed,
      penalty: d.penalty,
      regimes: d.regimes,
      alarms: d.alarms,
      regrouping: d.regrouping,
    };
  },
});
