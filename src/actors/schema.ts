import { z } from "zod";

/** A name an organisation used before, with the dates it used it (inclusive, ISO). */
export const Predecessor = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export const ActorKind = z.enum(["armed_group", "state", "civilians", "other"]);

export const Actor = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lower-case slugs"),
  name: z.string().min(1),
  /** The name in another language readers are written for, where it is not the same (Dutch: Islamitische Staat). */
  names: z.object({ nl: z.string().min(1) }).partial().optional(),
  kind: ActorKind,
  aliases: z.array(z.string().min(1)).default([]),
  parent: z.string().optional(),
  ucdp_side_ids: z.array(z.number().int()).optional(),
  predecessors: z.array(Predecessor).default([]),
});
export type Actor = z.infer<typeof Actor>;

/**
 * The actor's name for a reader of `lang`: its name in that language when the registry has one, else its name.
 *
 * @example
 * actorName(resolveActor("IS")!, "nl"); // "Islamitische Staat"
 */
export function actorName(actor: Pick<Actor, "name" | "names">, lang: string): string {
  return (lang === "nl" ? actor.names?.nl : undefined) ?? actor.name;
}

export const RegistryFile = z.object({ actors: z.array(Actor) });
export type RegistryFile = z.infer<typeof RegistryFile>;
