/** `series`: events and deaths per month, quarter or year, zero-filled, partial buckets marked. */
import { z } from "zod";
import { describeRule, seriesInStore, type CountingRule, type SeriesPoint } from "../analysis/counting/index.ts";
import { words } from "../messages/words.ts";
import { FieldError } from "./issues.ts";
import { granularities, type DateRange, type Granularity, type Period } from "../periods/index.ts";
import { messages } from "../messages/index.ts";
import { actorField, countriesField, deathsRecordedField, langField, periodField, ruleFields } from "./fields.ts";
import { defineQuestion } from "./question.ts";
import { resolveScope, type ResolvedActor } from "./scope.ts";
import { recordsDeaths } from "../sources/index.ts";

/** Most buckets one series may have (a century of months): a bigger answer is a mistake, not a question. */
export const MAX_BUCKETS = 1200;

const DAYS: Record<Granularity, number> = { month: 28, quarter: 90, year: 365 };

/** Refuses a series with more buckets than MAX_BUCKETS before it is built. */
export function assertBuckets(span: DateRange, by: Granularity, field = "period"): void {
  const days = (Date.parse(span.end) - Date.parse(span.start)) / 86_400_000 + 1;
  if (days / DAYS[by] > MAX_BUCKETS + 2) throw new FieldError(field, words("tooManyBuckets", span.start, span.end, by, MAX_BUCKETS), words("shorterSpan"));
}

const Input = z.strictObject({
  actor: actorField.optional().describe("actor name or alias (default: every actor)"),
  country: countriesField.optional(),
  period: periodField,
  by: z.enum(granularities).default("month").describe("bucket: month, quarter or year"),
  lang: langField,
  ...ruleFields,
});

const Output = z.object({
  actor: z.custom<ResolvedActor | null>(),
  countries: z.array(z.string()),
  period: z.custom<Period>(),
  by: z.enum(granularities),
  rule: z.custom<CountingRule>(),
  rule_text: z.string(),
  deaths_recorded: deathsRecordedField,
  warnings: z.array(z.string()),
  series: z.array(z.custom<SeriesPoint>()).describe("bucket, events, deaths, partial"),
});

export const seriesQuestion = defineQuestion({
  name: "series",
  summary: "Events and deaths per month, quarter or year (empty buckets are zeros; partial buckets marked)",
  input: Input,
  output: Output,
  cacheable: true,
  async run(q, { store, registry }) {
    assertBuckets(q.period, q.by);
    const scope = await resolveScope(q, registry, store);
    const series = await seriesInStore(store, { actorIds: scope.actorIds, countries: scope.countries, start: q.period.start, end: q.period.end, by: q.by, rule: scope.rule });
    return { actor: scope.actor, countries: scope.countries, period: q.period, by: q.by, rule: scope.rule, rule_text: describeRule(scope.rule, scope.actor?.name ?? messages(q.lang).rule.anyActor, q.lang), deaths_recorded: recordsDeaths(scope.rule.dataset), warnings: scope.warnings, series };
  },
});
