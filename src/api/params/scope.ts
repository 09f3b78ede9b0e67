/**
 * From parsed query fields to what the analyses take: the actor resolved through the registry, its ids
 * under the counting rule, the countries and the rule itself. An actor the registry does not know is still
 * counted by its written name, with a warning in the response, as the CLI does.
 */
import { CountingRule, actorIdsFor } from "../../analysis/counting/index.ts";
import { resolveName, type Registry } from "../../actors/index.ts";
import type { DatePrecision, ViolenceType } from "../../event.ts";
import type { Role } from "../../store/index.ts";

export interface RuleQuery {
  dataset: string;
  role: Role;
  violence?: ViolenceType[];
  max_date_precision: DatePrecision;
  include_affiliates: boolean;
}

export interface ResolvedActor {
  id: string;
  name: string;
  known: boolean;
}

export interface Scope {
  actor: ResolvedActor | null;
  /** Empty when no actor was given: every actor. */
  actorIds: string[];
  countries: string[];
  rule: CountingRule;
  warnings: string[];
}

export function ruleFrom(q: RuleQuery): CountingRule {
  return CountingRule.parse({
    dataset: q.dataset,
    role: q.role,
    violenceTypes: q.violence ?? [],
    maxDatePrecision: q.max_date_precision,
    includeAffiliates: q.include_affiliates,
  });
}

export function resolveScope(q: RuleQuery & { actor?: string; country?: string[] }, registry: Registry): Scope {
  const rule = ruleFrom(q);
  const warnings: string[] = [];
  let actor: ResolvedActor | null = null;
  if (q.actor !== undefined) {
    const r = resolveName(registry, q.actor);
    actor = { id: r.id, name: r.name, known: r.known };
    if (!r.known) warnings.push(`"${q.actor}" is not in the actor registry; counting events whose sides are written exactly so (id ${r.id})`);
  }
  return {
    actor,
    actorIds: actor ? actorIdsFor(actor.id, rule, registry) : [],
    countries: q.country ?? [],
    rule,
    warnings,
  };
}
