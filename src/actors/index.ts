/**
 * Actors: the registry of armed groups and states with their aliases in every language, and resolution of
 * the names datasets and articles use to stable actor ids.
 *
 * @example
 * resolveActor("Daesh")?.id; // "is"
 * resolveSide(bundledRegistry(), "Ahrar al-Sham, HTS, Southern Front"); // ["ahrar-al-sham", "hts", "southern-front"]
 */
import { loadRegistry, type Registry } from "./registry.ts";
import type { Actor } from "./schema.ts";
import { findActorMentions as findIn, type ActorMention } from "./mentions.ts";

export { loadRegistry, Registry } from "./registry.ts";
export { Actor, actorName, RegistryFile } from "./schema.ts";
export { nameOfId, writtenName } from "./names.ts";
export { resolveName, resolveSide, splitSide, type Resolved } from "./resolve.ts";
export { normalizeName, slugify } from "./normalize.ts";
export { suggestName, type Suggestion } from "./suggest.ts";
export type { ActorMention } from "./mentions.ts";

let bundled: Registry | undefined;

/** The bundled registry, loaded once. */
export function bundledRegistry(): Registry {
  bundled ??= loadRegistry();
  return bundled;
}

/** The actor a name refers to, if the registry knows it (aliases and predecessors included). */
export function resolveActor(name: string, registry: Registry = bundledRegistry()): Actor | undefined {
  return registry.lookup(name)?.actor;
}

/** Actor mentions in free text; see mentions.ts for the matching rules. */
export function findActorMentions(text: string, registry: Registry = bundledRegistry()): ActorMention[] {
  return findIn(registry, text);
}
