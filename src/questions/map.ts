/** `map`: a bounded, store-filtered set of points coloured by actor (report/points.ts samples them evenly). */
import { z } from "zod";
import { describeRule } from "../analysis/counting/index.ts";
import type { Period } from "../periods/index.ts";
import { mapPoints, type MapPoints } from "../report/index.ts";
import { actorField, admin1Field, countField, countriesField, periodField, ruleFields } from "./fields.ts";
import { LIMITS } from "./limits.ts";
import { defineQuestion } from "./question.ts";
import { resolveScope, scopeFilter, type ResolvedActor } from "./scope.ts";

const Input = z.strictObject({
  actor: actorField.optional().describe("only this actor's events (default: every actor, coloured by actor)"),
  country: countriesField.optional(),
  admin1: admin1Field.optional(),
  period: periodField.optional(),
  ...ruleFields,
  max_points: countField(1, LIMITS.maxMapPoints, LIMITS.defaultMapPoints, "most points"),
});

const Output = z.object({
  actor: z.custom<ResolvedActor | null>(),
  countries: z.array(z.string()),
  period: z.custom<Period>().nullable(),
  rule_text: z.string(),
  warnings: z.array(z.string()),
  total: z.number().int(),
  shown: z.number().int(),
  sampled: z.boolean(),
  legend: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
  points: z.array(z.custom<MapPoints["points"][number]>()),
});

export const mapQuestion = defineQuestion({
  name: "map",
  summary: "Points for the map: bounded, sampled evenly through the period when more events match, coloured by actor",
  input: Input,
  output: Output,
  cacheable: true,
  async run(q, { store, registry }) {
    const scope = await resolveScope(q, registry, store);
    const filter = scopeFilter(scope, q);
    const points = await mapPoints(store, registry, filter, q.max_points);
    return { actor: scope.actor, countries: scope.countries, period: q.period ?? null, rule_text: describeRule(scope.rule, scope.actor?.name ?? "any actor"), warnings: scope.warnings, ...points };
  },
});
