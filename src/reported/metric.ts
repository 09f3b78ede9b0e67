/**
 * Metric names as ledgers write them (`isis_claimed_attacks`, `defeat_isis_missions`) → actor and measure.
 * The actor part is resolved through the registry, so `daesh_attacks` works as well as `isis_attacks`.
 */
import { resolveName, type Registry } from "../actors/index.ts";
import { InputError, type Where } from "../errors.ts";
import type { Measure } from "../reported-figure.ts";

const MEASURE_SUFFIXES: Array<[RegExp, Measure]> = [
  [/^(.+)_claimed_attacks$/, "claimed_attacks"],
  [/^(.+)_attacks$/, "attacks"],
  [/^(.+)_events$/, "events"],
  [/^(.+)_civilian_deaths$/, "civilian_deaths"],
  [/^(.+)_deaths$/, "deaths"],
  [/^(.+)_casualties$/, "casualties"],
  [/^(.+)_injuries$/, "injuries"],
  [/^(.+)_operatives_killed$/, "operatives_killed"],
  [/^(.+)_operatives_detained$/, "operatives_detained"],
  [/^defeat_(.+)_missions$/, "operations_against"],
  [/^(?:partnered_)?operations_against_(.+)$/, "operations_against"],
];

/** `partnered_operations` (no actor named) needs the actor from the context: the ledger's default actor. */
const CONTEXT_METRICS: Record<string, Measure> = { partnered_operations: "operations_against", operations: "operations_against" };

export function parseMetric(registry: Registry, metric: string, where: Where, defaultActor?: string): { actorId: string; measure: Measure } {
  const m = metric.trim().toLowerCase();
  const context = CONTEXT_METRICS[m];
  if (context && defaultActor) return { actorId: defaultActor, measure: context };
  // A metric that names no actor (partnered_operations) needs one from the command.
  if (context) throw new InputError(`the metric "${metric}" does not name an actor`, where, "pass --actor NAME for the group the ledger is about, e.g. reported import FILE --actor IS");
  for (const [re, measure] of MEASURE_SUFFIXES) {
    const hit = re.exec(m);
    if (!hit?.[1]) continue;
    const actor = registry.lookup(hit[1].replace(/_/g, " "));
    if (actor) return { actorId: actor.actor.id, measure };
    return { actorId: resolveName(registry, hit[1].replace(/_/g, " ")).id, measure };
  }
  throw new InputError(
    `unknown metric "${metric}"`,
    where,
    "write <actor>_<measure> (measures: claimed_attacks, attacks, events, deaths, civilian_deaths, casualties, injuries, operatives_killed, operatives_detained) or defeat_<actor>_missions",
  );
}
