/**
 * From parsed input fields to what the analyses take: the actor resolved through the registry, its ids under
 * the counting rule, the countries and the rule itself. An actor the registry does not know is still counted
 * by its written name, with a warning in the answer (every surface shows it the same way).
 */
import { CountingRule, actorIdsFor, toFilter } from "../analysis/counting/index.ts";
import { resolveName, suggestName, type Registry } from "../actors/index.ts";
import { NotFoundError } from "../errors.ts";
import type { DatePrecision, ViolenceType } from "../event.ts";
import type { EventFilter, Role } from "../store/index.ts";
import type { Period } from "../periods/index.ts";

export interface RuleInput {
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

export function ruleFrom(q: RuleInput): CountingRule {
  return CountingRule.parse({
    dataset: q.dataset,
    role: q.role,
    violenceTypes: q.violence ?? [],
    maxDatePrecision: q.max_date_precision,
    includeAffiliates: q.include_affiliates,
  });
}

/**
 * The actor a user named, and the warning when the registry does not know it. A name the registry does not
 * know but that is close to one it does ("Daesch") or slugs to one of its ids ("IS%") is refused (not found,
 * with the name meant) rather than counted as a group of its own with zero events; a name far from every
 * alias is still counted by its written form (groups the registry does not list), with a warning.
 *
 * @throws NotFoundError "did you mean …?" (CLI exit 4, API 404).
 */
export function resolveActor(registry: Registry, name: string): { actor: ResolvedActor; warnings: string[] } {
  const r = resolveName(registry, name);
  const meant = r.known ? undefined : suggestName(registry, name);
  if (meant !== undefined) {
    throw new NotFoundError(`no actor in the registry is called "${name}"; did you mean "${meant}"?`, "names match exactly, never as patterns; add a group of your own with --actors FILE");
  }
  const actor = { id: r.id, name: r.name, known: r.known };
  return { actor, warnings: r.known ? [] : [`"${name}" is not in the actor registry; counting events whose sides are written exactly so (id ${r.id})`] };
}

export function resolveScope(q: RuleInput & { actor?: string; country?: string[] }, registry: Registry): Scope {
  const rule = ruleFrom(q);
  const resolved = q.actor !== undefined ? resolveActor(registry, q.actor) : null;
  return {
    actor: resolved?.actor ?? null,
    actorIds: resolved ? actorIdsFor(resolved.actor.id, rule, registry) : [],
    countries: q.country ?? [],
    rule,
    warnings: resolved?.warnings ?? [],
  };
}

/** The store filter of a scope over an optional period and first-level units (events and map points). */
export function scopeFilter(scope: Scope, q: { period?: Period; admin1?: string[] }): EventFilter {
  return { ...toFilter(scope.rule, { actorIds: scope.actorIds, countries: scope.countries, start: q.period?.start, end: q.period?.end }), admin1: q.admin1 ?? [] };
}
