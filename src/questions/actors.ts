/** `actors`: actors with events in the store (optionally in given countries), most events first, with registry names. */
import { z } from "zod";
import { nameOfId, writtenName } from "../actors/index.ts";
import { EventFilter } from "../store/index.ts";
import { countField, countriesField, langField } from "./fields.ts";
import { defineQuestion } from "./question.ts";

const Output = z.object({
  actors: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string().nullable(), aliases: z.array(z.string()), events: z.number().int() })),
});

export const actorsQuestion = defineQuestion({
  name: "actors",
  summary: "Actors with events in the store (optionally in given countries), with registry names",
  input: z.strictObject({ country: countriesField.optional(), limit: countField(1, 1000, 200, "list at most this many"), lang: langField.describe("language of the names: en or nl (a group Dutch names otherwise, e.g. Islamitische Staat)") }),
  output: Output,
  cacheable: true,
  async run(q, { store, registry }) {
    const rows = await store.actorCounts(EventFilter.parse({ countries: q.country ?? [] }));
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(r.actor_id, (totals.get(r.actor_id) ?? 0) + r.events);
    const examples = new Map<string, string>();
    for (const r of rows) if (!examples.has(r.actor_id) || r.example_id < (examples.get(r.actor_id) ?? "")) examples.set(r.actor_id, r.example_id);
    const top = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, q.limit);
    // An actor the registry lacks is named as its data write it, read from one of its events, not by its id's slug.
    const unknown = top.map(([id]) => id).filter((id) => !registry.actors.has(id) && !id.startsWith("gov-"));
    const ids = unknown.map((id) => examples.get(id)).filter((x): x is string => x !== undefined);
    const sides = new Map((ids.length ? await store.eventSummaries(EventFilter.parse({ ids }), { limit: ids.length, offset: 0 }) : []).map((e) => [e.id, [e.side_a, e.side_b]]));
    const actors = top.map(([id, events]) => {
      const known = registry.actors.get(id);
      const written = known ? undefined : writtenName(registry, id, sides.get(examples.get(id) ?? "") ?? []);
      return { id, name: written ?? nameOfId(registry, id, q.lang), kind: known?.kind ?? null, aliases: known?.aliases.slice(0, 6) ?? [], events };
    });
    return { actors };
  },
});
