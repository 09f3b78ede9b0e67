/**
 * The canonical event: one use of armed force (or one coded news event) at a place and date, as any
 * dataset reports it. Every source maps its rows onto this one schema; the TypeScript type is inferred
 * from it and never written twice. The raw row is kept so nothing a source said is lost.
 */
import { z } from "zod";

/** A small shared violence vocabulary; each source keeps its own type beside it. */
export const violenceTypes = [
  "state_based",
  "non_state",
  "one_sided",
  "attack",
  "riot_protest",
  "other",
] as const;
export const ViolenceType = z.enum(violenceTypes);
export type ViolenceType = z.infer<typeof ViolenceType>;

/** How well the date is known, coarsest last. */
export const datePrecisions = ["day", "days", "week", "month", "year"] as const;
export const DatePrecision = z.enum(datePrecisions);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** How well the place is known, coarsest last. */
export const placePrecisions = ["exact", "near", "admin2", "admin1", "region", "country", "unknown"] as const;
export const PlacePrecision = z.enum(placePrecisions);
export type PlacePrecision = z.infer<typeof PlacePrecision>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

const EventFields = z.object({
  /** Stable across re-ingests: `<dataset>:<source_event_id>`. */
  id: z.string().min(1),
  dataset: z.string().min(1),
  dataset_version: z.string(),
  source_event_id: z.string().min(1),
  date_start: isoDate,
  date_end: isoDate,
  date_precision: DatePrecision,
  country_iso3: z.string().regex(/^[A-Z]{3}$/).nullable(),
  country_name: z.string().nullable(),
  admin1: z.string().nullable(),
  admin2: z.string().nullable(),
  place_name: z.string().nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  place_precision: PlacePrecision,
  /** The sides as the source wrote them. */
  side_a: z.string().nullable(),
  side_b: z.string().nullable(),
  /** Resolved actor ids of every member of each side (coalitions split). */
  side_a_actor_ids: z.array(z.string()),
  side_b_actor_ids: z.array(z.string()),
  /** Where the source says who attacked whom; empty when it does not. */
  perpetrator_actor_ids: z.array(z.string()),
  target_actor_ids: z.array(z.string()),
  violence_type: ViolenceType,
  source_violence_type: z.string().nullable(),
  deaths_best: z.number().int().min(0).nullable(),
  deaths_low: z.number().int().min(0).nullable(),
  deaths_high: z.number().int().min(0).nullable(),
  source_count: z.number().int().min(0).nullable(),
  source_text: z.string().nullable(),
  batch_id: z.string(),
});

const datesInOrder = (e: { date_start: string; date_end: string }) => e.date_start <= e.date_end;
const DATES_OUT_OF_ORDER = { message: "date_end is before date_start", path: ["date_end"] };

export const CanonicalEvent = EventFields.extend({ raw: z.record(z.string(), z.unknown()) }).refine(datesInOrder, DATES_OUT_OF_ORDER);

export type CanonicalEvent = z.infer<typeof CanonicalEvent>;

/**
 * An event without its raw source row: what lists, maps and cross-dataset matching use. Reading it costs a
 * fraction of the whole event on a big store, where the raw rows are most of the bytes.
 */
export const EventSummary = EventFields.refine(datesInOrder, DATES_OUT_OF_ORDER);

export type EventSummary = z.infer<typeof EventSummary>;

/** An event before it joins a batch: the batch id is set by ingest. */
export type DraftEvent = Omit<CanonicalEvent, "batch_id">;
