/**
 * What the API shows of an event in lists: the event summary, without its raw source row (large, and
 * available on the single-event route); the stores hand it over as it is shown.
 */
import type { EventSummary } from "../../event.ts";

export type EventView = EventSummary;

/** The columns of the CSV export, in order. */
export const EVENT_COLUMNS = [
  "id", "dataset", "dataset_version", "source_event_id", "date_start", "date_end", "date_precision", "country_iso3",
  "country_name", "admin1", "admin2", "place_name", "latitude", "longitude", "place_precision", "side_a", "side_b",
  "side_a_actor_ids", "side_b_actor_ids", "perpetrator_actor_ids", "target_actor_ids", "violence_type",
  "source_violence_type", "deaths_best", "deaths_low", "deaths_high", "source_count", "source_text", "batch_id",
] as const satisfies ReadonlyArray<keyof EventView>;
