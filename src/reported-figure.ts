/**
 * A reported figure: a number an official or analyst stated about a period, places and an actor — not an
 * event. Kept beside the events so every comparison can show what was said, by whom, and what it counted.
 */
import { z } from "zod";

/** What was counted. Attacks an actor claimed are not attacks an observer counted; operations are against it. */
export const measures = [
  "claimed_attacks",
  "attacks",
  "events",
  "deaths",
  "civilian_deaths",
  "casualties",
  "injuries",
  "operations_against",
  "operatives_killed",
  "operatives_detained",
] as const;
export const Measure = z.enum(measures);
export type Measure = z.infer<typeof Measure>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const ReportedFigure = z
  .object({
    /** Stable: the same statement imported twice is one figure. */
    id: z.string().min(1),
    issuer: z.string().min(1),
    statement_date: isoDate,
    period_start: isoDate,
    period_end: isoDate,
    period_label: z.string().min(1),
    countries: z.array(z.string().regex(/^[A-Z]{3}$/)),
    actor_id: z.string().min(1),
    measure: Measure,
    value: z.number().nonnegative(),
    basis: z.string().nullable(),
    source_url: z.string().url().nullable(),
    /** Where the figure came from: an imported file and line, or "cli". */
    provenance: z.string(),
  })
  .refine((f) => f.period_start <= f.period_end, { message: "period ends before it starts", path: ["period_end"] });
export type ReportedFigure = z.infer<typeof ReportedFigure>;

/** Words a journalist understands for each measure. */
export const MEASURE_WORDS: Record<Measure, string> = {
  claimed_attacks: "attacks the group itself claimed",
  attacks: "attacks (as counted by the issuer)",
  events: "events",
  deaths: "deaths",
  civilian_deaths: "civilian deaths",
  casualties: "casualties (killed and injured)",
  injuries: "injuries",
  operations_against: "operations against the group",
  operatives_killed: "group members killed",
  operatives_detained: "group members detained",
};
