/** Which reported measures and which dataset quantity a claim's unit corresponds to. */
import type { Measure } from "../../reported/index.ts";

/** Ledger measures that count exactly what the unit counts. */
export const SAME_MEASURE: Record<string, Measure[]> = {
  attacks: ["attacks"],
  claimed_attacks: ["claimed_attacks"],
  events: ["events"],
  deaths: ["deaths"],
  civilian_deaths: ["civilian_deaths"],
  casualties: ["casualties"],
  injuries: ["injuries"],
};

/** Ledger measures about the same kind of thing but counted differently (attacks vs claimed attacks). */
export const RELATED_MEASURE: Record<string, Measure[]> = {
  attacks: ["claimed_attacks", "events"],
  claimed_attacks: ["attacks", "events"],
  events: ["attacks", "claimed_attacks"],
  deaths: ["civilian_deaths", "casualties"],
  civilian_deaths: ["deaths", "casualties"],
  casualties: ["deaths", "injuries"],
};

/** Whether datasets answer the unit with event counts or with deaths; null when they cannot at all. */
export function datasetQuantity(unit: string): "events" | "deaths" | null {
  if (["attacks", "claimed_attacks", "events", "political_violence_events"].includes(unit)) return "events";
  if (["deaths", "civilian_deaths", "victims"].includes(unit)) return "deaths";
  return null;
}
