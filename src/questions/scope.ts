/**
 * From parsed input fields to what the analyses take: the actor resolved through the registry, its ids under
 * the counting rule, the countries and the rule itself. An actor the registry does not know is still counted
 * by its written name, with a warning in the answer (every surface shows it the same way).
 */
import { CountingRule, actorIdsFor, toFilter } from "../analysis/counting/index.ts";
import { actorName, resolveName, suggestName, type Registry } from "../actors/index.ts";
import { NotFoundError } from "../errors.ts";
import type { MessageLang } from "../messages/index.ts";
import { say, words, wordsError } from "../messages/words.ts";
import type { DatePrecision, ViolenceType } from "../event.ts";
import { EventFilter, type Role, type Store } from "../store/index.ts";
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
 * The actor a user named, and the warning when the registry does not know it. Names match exactly, never as
 * patterns: a name that only slugs to a registry id ("IS%" → is) is refused, and so is a name one slip from a
 * registry alias ("Daesch") when the store holds no events under it — not found, with the name meant —
 * rather than counted as a group of its own with zero events. A name the registry lacks but the store holds
 * (a group the registry does not list, "PUK" beside "PKK"), or far from every alias, is counted by its
 * written form, with a warning.
 *
 * @throws NotFoundError "did you mean …?" (CLI exit 4, API 404).
 */
export async function resolveActor(registry: Registry, name: string, store: Pick<Store, "actorCounts">, lang: MessageLang = "en"): Promise<{ actor: ResolvedActor; warnings: string[] }> {
  // An actor's id names it too ("ahrar-al-sham", as the store and the answers write it).
  // A known actor is named for the answer's reader (Islamitische Staat in Dutch); an unknown one as written.
  const byId = registry.actors.get(name.trim());
  if (byId) return { actor: { id: byId.id, name: actorName(byId, lang), known: true }, warnings: [] };
  const r = resolveName(registry, name, lang);
  const meant = r.known ? undefined : suggestName(registry, name);
  if (meant && (meant.certain || !(await hasEvents(store, r.id)))) {
    throw wordsError(NotFoundError, words("unknownActor", name, meant.alias), words("actorHint"));
  }
  const actor = { id: r.id, name: r.name, known: r.known };
  return { actor, warnings: r.known ? [] : [say(words("notInRegistry", name, r.id), lang)] };
}

async function hasEvents(store: Pick<Store, "actorCounts">, id: string): Promise<boolean> {
  return (await store.actorCounts(EventFilter.parse({ actorIds: [id] }))).some((row) => row.actor_id === id && row.events > 0);
}

export async function resolveScope(q: RuleInput & { actor?: string; country?: string[]; lang?: string }, registry: Registry, store: Pick<Store, "actorCounts">): Promise<Scope> {
  const rule = ruleFrom(q);
  // The warning is in the answer's language where the question has one.
  const resolved = q.actor !== undefined ? await resolveActor(registry, q.actor, store, q.lang === "nl" ? "nl" : "en") : null;
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
