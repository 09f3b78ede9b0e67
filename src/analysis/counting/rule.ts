/**
 * The counting rule a user chooses (or accepts by default), turned into a store filter and into the words
 * printed under every result.
 */
import { z } from "zod";
import { DatePrecision, ViolenceType } from "../../event.ts";
import { bundledRegistry, type Registry } from "../../actors/index.ts";
import { messages, type MessageLang } from "../../messages/index.ts";
import { recordsDeaths } from "../../sources/index.ts";
import { EventFilter, Role } from "../../store/index.ts";

export const CountingRule = z.object({
  dataset: z.string().default("ucdp-ged"),
  role: Role.default("any_side"),
  violenceTypes: z.array(ViolenceType).default([]),
  maxDatePrecision: DatePrecision.default("year"),
  includeAffiliates: z.boolean().default(false),
});
export type CountingRule = z.infer<typeof CountingRule>;
export type CountingRuleInput = z.input<typeof CountingRule>;

/**
 * Each dataset's own idea of an attack, used when datasets are set side by side: UCDP counts every event with
 * the group on either side; GDELT and GTD say who acted, and GDELT codes far more than violence; ACLED's
 * protests and strategic developments are not attacks.
 */
export function defaultRuleFor(dataset: string): CountingRule {
  switch (dataset) {
    case "gdelt":
    case "gtd":
      return CountingRule.parse({ dataset, role: "perpetrator", violenceTypes: ["attack"] });
    case "acled":
      return CountingRule.parse({ dataset, violenceTypes: ["state_based", "non_state", "one_sided", "attack"] });
    default:
      return CountingRule.parse({ dataset });
  }
}

/** The actor ids a rule counts for an actor: itself, plus its affiliates when asked. */
export function actorIdsFor(actorId: string, rule: CountingRule, registry: Registry = bundledRegistry()): string[] {
  return rule.includeAffiliates ? registry.withDescendants(actorId) : [actorId];
}

export function toFilter(rule: CountingRule, scope: { actorIds: string[]; countries: string[]; start?: string; end?: string }): EventFilter {
  return EventFilter.parse({
    actorIds: scope.actorIds,
    role: rule.role,
    countries: scope.countries,
    start: scope.start,
    end: scope.end,
    violenceTypes: rule.violenceTypes,
    maxDatePrecision: rule.maxDatePrecision,
    datasets: [rule.dataset],
  });
}

/** One sentence stating the rule, printed under every result, in the reader's language. */
export function describeRule(rule: CountingRule, actorName: string, lang: MessageLang = "en"): string {
  const m = messages(lang).rule;
  const dataset = m.datasets[rule.dataset] ?? m.otherDataset(rule.dataset);
  const who = `${actorName}${rule.includeAffiliates ? m.affiliates : ""} ${m.roles[rule.role]}`;
  const types = rule.violenceTypes.length ? rule.violenceTypes.map((v) => m.violence[v] ?? v).join(", ") : m.allTypes;
  const precision = rule.maxDatePrecision === "year" ? m.anyPrecision : m.precision(m.precisions[rule.maxDatePrecision] ?? rule.maxDatePrecision);
  return m.sentence(dataset, who, types, precision, recordsDeaths(rule.dataset) ? m.deathsBest : m.deathsNone);
}
