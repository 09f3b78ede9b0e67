/**
 * The claim record: one quantitative assertion a news text makes about an armed group. The TypeScript
 * types are inferred from the zod schemas, never written twice.
 */
import { z } from "zod";
import { LANGS } from "./lang.ts";

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What kind of assertion a claim is. */
export const ClaimType = z.enum(["count", "comparison", "rate", "share"]);

/** How exact the figure is. */
export const QualifierSchema = z.enum(["exact", "approximately", "more_than", "at_least", "nearly", "fewer_than"]);

/** A change or ratio against a reference. */
export const Comparison = z.object({
  type: z.enum(["ratio", "percent_change", "direction", "greater_than", "rank"]),
  direction: z.enum(["increase", "decrease"]).nullable(),
  value: z.number().nullable(),
  text: z.string(),
  ref_period_start: IsoDay.nullable(),
  ref_period_end: IsoDay.nullable(),
  ref_quantity: z.number().nullable(),
  projected: z.boolean(),
});

/** One claim, with the span of the text it was read from. */
export const Claim = z.object({
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  claim_type: ClaimType,
  actor_id: z.string().nullable(),
  actor: z.string().nullable(),
  actor_mention: z.string().nullable(),
  countries: z.array(z.string().length(3)),
  region: z.string().nullable(),
  period_start: IsoDay.nullable(),
  period_end: IsoDay.nullable(),
  period_expression: z.string().nullable(),
  quantity: z.number().nullable(),
  quantity_text: z.string().nullable(),
  qualifier: QualifierSchema.nullable(),
  unit: z.string(),
  comparison: Comparison.nullable(),
  attributed_source: z.string().nullable(),
});

export type Claim = z.infer<typeof Claim>;
export type ComparisonRecord = z.infer<typeof Comparison>;

/** Options of `extractClaims`. */
export const ExtractOptions = z.object({
  lang: z.enum(["auto", ...LANGS]).default("auto"),
  published: z.string().optional(),
});

export type ExtractOptions = z.input<typeof ExtractOptions>;
