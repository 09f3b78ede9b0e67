/**
 * The input fields questions share, as zod schemas whose transforms run the domain parsers (periods,
 * country lists), so a bad value fails inside the parse and is reported against its flag or parameter.
 * Every field takes the string a command line or a query string gives; the CLI and the API parse the same
 * way because they parse with these.
 */
import { z } from "zod";
import { isResurgenceError } from "../errors.ts";
import { DatePrecision, ViolenceType } from "../event.ts";
import { ACCEPTED_PERIOD_FORMS, parsePeriod, type Period } from "../periods/index.ts";
import { parseCountryList } from "../places/index.ts";
// The citations module alone, not the sources barrel (every layout): naming datasets must not load them.
import { CITATIONS } from "../sources/citations.ts";
import { Role } from "../store/index.ts";

/** Runs a domain parser that throws, turning its error into an issue on the field. */
export function viaParser<T>(parse: (s: string) => T) {
  return (value: string, ctx: z.RefinementCtx): T => {
    try {
      return parse(value);
    } catch (e) {
      // The error's catalogue words ride along, so the API can say the problem in the request's language.
      const words = isResurgenceError(e) ? e.words : undefined;
      ctx.addIssue({ code: "custom", message: (e as Error).message, ...(words ? { params: { words } } : {}) });
      return z.NEVER;
    }
  };
}

const commaList = (s: string): string[] =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/** Fields that are on/off: a bare flag on the command line, `true`/`false` in a query string. */
const FLAGS = new WeakSet<z.ZodType>();

/** True for a field the CLI shows as a bare flag (`--include-affiliates`). */
export function isFlag(field: z.ZodType): boolean {
  return FLAGS.has(field);
}

/** An on/off field, default off. */
export function flagField(description: string): z.ZodType<boolean, boolean | "true" | "false" | "1" | "0" | undefined> {
  const f = z
    .union([z.boolean(), z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1")])
    .default(false)
    .describe(description);
  FLAGS.add(f);
  return f;
}

export const periodField = z
  .string()
  .max(64)
  .describe(`a period: ${ACCEPTED_PERIOD_FORMS}`)
  .transform(viaParser<Period>(parsePeriod));

export const countriesField = z
  .string()
  .max(400)
  .describe("ISO3 codes or country names, comma-separated, e.g. SYR,IRQ")
  .transform(viaParser(parseCountryList));

export const actorField = z.string().trim().min(1).max(120).describe("actor name or alias, e.g. IS, Daesh, Islamitische Staat");

export const admin1Field = z
  .string()
  .max(400)
  .describe("first-level administrative units as the dataset writes them, comma-separated")
  .transform(commaList);

export const violenceField = z
  .string()
  .max(200)
  .describe(`violence types, comma-separated: ${ViolenceType.options.join(", ")} (default: all)`)
  .transform(commaList)
  .pipe(z.array(ViolenceType));

/** The datasets resurgence reads; datasets are never summed, so exactly one counts. */
export const DATASETS = Object.keys(CITATIONS) as [string, ...string[]];

export const datasetField = z.enum(DATASETS).default("ucdp-ged").describe(`which dataset counts: ${DATASETS.join(", ")} (datasets are never summed)`);

export const langField = z.enum(["en", "nl"]).default("en").describe("language of sentences: en or nl");

/** An answer's word on its deaths: a dataset that records none (GDELT) has no deaths figure, and surfaces show "–". */
export const deathsRecordedField = z.boolean().describe("whether the dataset records deaths; when false its deaths are no figure (GDELT codes news reports, not tolls) and surfaces show –");

/** A whole number within bounds, given as text. */
export function countField(min: number, max: number, fallback: number, description: string) {
  return z.coerce.number().int().min(min).max(max).default(fallback).describe(`${description} (${min}–${max}, default ${fallback})`);
}

/** The counting-rule fields, shared by every counting question. */
export const ruleFields = {
  dataset: datasetField,
  role: Role.default("any_side").describe(`which role counts: ${Role.options.join(", ")}`),
  violence: violenceField.optional(),
  max_date_precision: DatePrecision.default("year").describe(`coarsest date precision still counted: ${DatePrecision.options.join(", ")}`),
  include_affiliates: flagField("count the actor's affiliates too (e.g. IS provinces)"),
};

/** The question two-period questions ask (compare, brief): an actor in places, a period against a reference. */
export const comparisonFields = {
  actor: actorField,
  country: countriesField.optional(),
  period: periodField.describe("the period of interest: YYYY, YYYY-H1, YYYY-Q3, YYYY-MM, FROM..TO"),
  vs: periodField.describe("the reference period"),
  lang: langField,
  ...ruleFields,
};
