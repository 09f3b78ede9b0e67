/** `events`: events matching a filter under a counting rule, paged; the raw source rows stay in the store. */
import { z } from "zod";
import { describeRule, type CountingRule } from "../analysis/counting/index.ts";
import type { EventSummary } from "../event.ts";
import type { Period } from "../periods/index.ts";
import { messages } from "../messages/index.ts";
import { actorField, admin1Field, countField, countriesField, langField, periodField, ruleFields } from "./fields.ts";
import { LIMITS } from "./limits.ts";
import { defineQuestion } from "./question.ts";
import { resolveScope, scopeFilter, type ResolvedActor } from "./scope.ts";

const Input = z.strictObject({
  actor: actorField.optional(),
  country: countriesField.optional(),
  admin1: admin1Field.optional(),
  period: periodField.optional(),
  ...ruleFields,
  limit: countField(1, LIMITS.maxPageSize, 100, "page size"),
  offset: countField(0, 10_000_000, 0, "events to skip"),
  lang: langField,
});

const Output = z.object({
  actor: z.custom<ResolvedActor | null>(),
  countries: z.array(z.string()),
  period: z.custom<Period>().nullable(),
  rule: z.custom<CountingRule>(),
  rule_text: z.string(),
  warnings: z.array(z.string()),
  page: z.object({ limit: z.number().int(), offset: z.number().int(), returned: z.number().int(), total: z.number().int(), next_offset: z.number().int().nullable() }),
  events: z.array(z.custom<EventSummary>()).describe("ordered by date_start, then id"),
});

export const eventsQuestion = defineQuestion({
  name: "events",
  summary: "Events matching a filter (actor, country, admin1, period, counting rule), paged",
  input: Input,
  output: Output,
  cacheable: false,
  async run(q, { store, registry }) {
    const scope = await resolveScope(q, registry, store);
    const filter = scopeFilter(scope, q);
    const [events, totals] = await Promise.all([store.eventSummaries(filter, { limit: q.limit, offset: q.offset }), store.count({ filter })]);
    const total = totals[0]?.events ?? 0;
    const next = q.offset + events.length < total ? q.offset + events.length : null;
    return {
      actor: scope.actor,
      countries: scope.countries,
      period: q.period ?? null,
      rule: scope.rule,
      rule_text: describeRule(scope.rule, scope.actor?.name ?? messages(q.lang).rule.anyActor, q.lang),
      warnings: scope.warnings,
      page: { limit: q.limit, offset: q.offset, returned: events.length, total, next_offset: next },
      events,
    };
  },
});
