/**
 * `alerts`: every actor × country series with enough events, scanned with the same detection as `detect`,
 * ranked by what is rising now (analysis/monitor's scanAlerts, the one alert algorithm).
 */
import { z } from "zod";
import { describeRule, type CountingRule } from "../analysis/counting/index.ts";
import { scanAlerts, type Alert } from "../analysis/monitor/index.ts";
import { messages } from "../messages/index.ts";
import { countField, countriesField, flagField, langField, ruleFields } from "./fields.ts";
import { defineQuestion } from "./question.ts";
import { ruleFrom } from "./scope.ts";

const Input = z.strictObject({
  country: countriesField.optional().describe("only these countries (default: every country in the store)"),
  min_events: countField(1, 1_000_000, 50, "skip series with fewer events"),
  recent: countField(1, 36, 3, "how many last months count as now"),
  limit: countField(1, 1000, 20, "list at most this many"),
  all: flagField("list every scanned series, not only those with a recent alarm or a regrouping"),
  lang: langField,
  ...ruleFields,
});

const Output = z.object({
  countries: z.array(z.string()),
  rule: z.custom<CountingRule>(),
  rule_text: z.string(),
  recent: z.number().int(),
  min_events: z.number().int(),
  scanned: z.number().int().describe("series with enough events and at least 24 covered months"),
  alerts: z.array(z.custom<Alert>()).describe("most pressing first: recent alarms, then CUSUM pressure, then size"),
});

export const alertsQuestion = defineQuestion({
  name: "alerts",
  summary: "Every actor × country series with enough events, scanned with detect and ranked by what is rising now",
  input: Input,
  output: Output,
  cacheable: true,
  async run(q, { store, registry }) {
    const rule = ruleFrom(q);
    const countries = q.country ?? [];
    const scan = await scanAlerts(store, registry, { rule, minEvents: q.min_events, recentMonths: q.recent, countries, all: q.all, lang: q.lang });
    return {
      countries,
      rule,
      rule_text: describeRule(rule, messages(q.lang).rule.eachActor, q.lang),
      recent: q.recent,
      min_events: q.min_events,
      scanned: scan.scanned,
      alerts: scan.alerts.slice(0, q.limit),
    };
  },
});
