/**
 * The registry: the bundled data file plus any user files, merged by id (a user entry with a known id adds
 * aliases and may rename; a new id adds an actor). Built once into a look-up table keyed by normalised alias.
 */
import { readFileSync } from "node:fs";
import { InputError } from "../errors.ts";
import { normalizeName } from "./normalize.ts";
import { RegistryFile, type Actor } from "./schema.ts";
import bundled from "./registry.json" with { type: "json" };

export interface AliasHit {
  actor: Actor;
  /** Set when the alias is a predecessor's name, with the dates it was in use. */
  predecessor?: { name: string; from?: string; to?: string };
}

export class Registry {
  readonly actors: ReadonlyMap<string, Actor>;
  private readonly byAlias = new Map<string, AliasHit>();

  constructor(actors: Actor[]) {
    const merged = new Map<string, Actor>();
    for (const a of actors) {
      const prev = merged.get(a.id);
      merged.set(
        a.id,
        prev
          ? { ...prev, ...a, aliases: [...prev.aliases, ...a.aliases], predecessors: [...prev.predecessors, ...a.predecessors] }
          : a,
      );
    }
    this.actors = merged;
    for (const actor of merged.values()) {
      for (const name of [actor.name, ...actor.aliases]) this.byAlias.set(normalizeName(name), { actor });
      for (const p of actor.predecessors) {
        for (const name of [p.name, ...p.aliases]) {
          this.byAlias.set(normalizeName(name), { actor, predecessor: { name: p.name, from: p.from, to: p.to } });
        }
      }
    }
  }

  /** Exact alias look-up after normalisation. */
  lookup(name: string): AliasHit | undefined {
    return this.byAlias.get(normalizeName(name));
  }

  /** Every alias with its actor, for scanning free text. */
  aliases(): Array<[alias: string, hit: AliasHit]> {
    const out: Array<[string, AliasHit]> = [];
    for (const actor of this.actors.values()) {
      for (const name of [actor.name, ...actor.aliases]) out.push([name, { actor }]);
      for (const p of actor.predecessors) {
        for (const name of [p.name, ...p.aliases]) out.push([name, { actor, predecessor: { name: p.name, from: p.from, to: p.to } }]);
      }
    }
    return out;
  }

  /** The actor and all its descendants (affiliates), for "IS and its provinces" queries. */
  withDescendants(id: string): string[] {
    const out = [id];
    for (let i = 0; i < out.length; i++) {
      for (const a of this.actors.values()) if (a.parent === out[i] && !out.includes(a.id)) out.push(a.id);
    }
    return out;
  }
}

function parseRegistry(json: unknown, file: string): Actor[] {
  const parsed = RegistryFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `actor registry is not valid: ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`,
      { file },
      'each entry needs "id" (a lower-case slug), "name", "kind" and "aliases"',
    );
  }
  return parsed.data.actors;
}

/** Loads the bundled registry plus the given extension files. */
export function loadRegistry(extraFiles: string[] = []): Registry {
  const actors = parseRegistry(bundled, "src/actors/registry.json");
  for (const file of extraFiles) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (cause) {
      throw new InputError("cannot read the actor registry file as JSON", { file }, "check the path and the JSON syntax", { cause });
    }
    actors.push(...parseRegistry(json, file));
  }
  return new Registry(actors);
}
