/** `map`: a bounded, store-filtered set of points coloured by actor (report/points.ts samples them evenly). */
import { z } from "zod";
import { describeRule } from "../analysis/counting/index.ts";
import { messages } from "../messages/index.ts";
import type { Period } from "../periods/index.ts";
import type { GridCell } from "../store/index.ts";
import { mapPoints, type MapPoints } from "../report/index.ts";
import { actorField, admin1Field, countField, countriesField, langField, periodField, ruleFields } from "./fields.ts";
import { MapCompareScope, mapCompareScope } from "./map-scope.ts";
import { LIMITS } from "./limits.ts";
import { defineQuestion } from "./question.ts";
import { resolveScope, scopeFilter, type ResolvedActor } from "./scope.ts";

const Input = z.strictObject({
  actor: actorField.optional().describe("only this actor's events (default: every actor, coloured by actor)"),
  country: countriesField.optional(),
  admin1: admin1Field.optional(),
  period: periodField.optional(),
  vs: periodField.optional().describe("compare's reference period: with it (and period), the answer says what compare's total counts beside the map's own"),
  lang: langField,
  ...ruleFields,
  max_points: countField(1, LIMITS.maxMapPoints, LIMITS.defaultMapPoints, "most points"),
  cell: z.coerce.number().min(0.01).max(5).default(0.1).describe("grid cell size in degrees for the counts per place (0.01–5, default 0.1, about 11 km)"),
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
  cell_deg: z.number(),
  cells: z.array(z.custom<GridCell>()).describe("every matching event counted per grid cell (cell centre, events, deaths): the counts of all events, not of the drawn sample"),
  unlocated: z.number().int().describe("matching events without coordinates: total = sum of cells' events + unlocated"),
  compare: MapCompareScope.nullable(),
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
    const [points, cells] = await Promise.all([mapPoints(store, registry, filter, q.max_points, q.lang), store.grid(filter, q.cell)]);
    const located = cells.reduce((n, c) => n + c.events, 0);
    // Compare has no provinces: beside a map of some provinces there is no compare total to state.
    const compare = q.period && q.vs && !q.admin1?.length ? await mapCompareScope(store, { actorIds: scope.actorIds, countries: scope.countries, period: q.period, vs: q.vs, rule: scope.rule, lang: q.lang }, points.total) : null;
    return {
      compare,
      cell_deg: q.cell,
      cells,
      unlocated: points.total - located, actor: scope.actor, countries: scope.countries, period: q.period ?? null, rule_text: describeRule(scope.rule, scope.actor?.name ?? messages(q.lang).rule.anyActor, q.lang), warnings: scope.warnings, ...points };
  },
});
