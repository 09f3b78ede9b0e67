/**
 * What to count: the counting rule made explicit. Every count, series and comparison is computed under one
 * of these and prints it, because "how many attacks" has no answer until it says which role counts, which
 * violence types, which date precision is good enough and which dataset speaks.
 */
import { z } from "zod";
import { DatePrecision, ViolenceType } from "../event.ts";

export const Role = z.enum(["any_side", "perpetrator", "side_a", "side_b"]);
export type Role = z.infer<typeof Role>;

export const EventFilter = z.object({
  /** Actor ids; an event counts when any of them is in the role. Empty: every actor. */
  actorIds: z.array(z.string()).default([]),
  role: Role.default("any_side"),
  /** ISO3 codes; empty: every country. */
  countries: z.array(z.string().regex(/^[A-Z]{3}$/)).default([]),
  admin1: z.array(z.string()).default([]),
  /** Inclusive ISO dates; an event belongs to the period of its date_start. */
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  violenceTypes: z.array(ViolenceType).default([]),
  /** The coarsest date precision still counted; "year" counts everything. */
  maxDatePrecision: DatePrecision.default("year"),
  datasets: z.array(z.string()).default([]),
  /** Event ids ("<dataset>:<source_event_id>"); empty: any event. One event is looked up this way. */
  ids: z.array(z.string()).default([]),
});
export type EventFilter = z.infer<typeof EventFilter>;
export type EventFilterInput = z.input<typeof EventFilter>;

export const Bucket = z.enum(["month", "quarter", "year"]);
export type Bucket = z.infer<typeof Bucket>;
