/**
 * The query fields routes share, as zod schemas whose transforms run the domain parsers (periods, country
 * lists) so a bad value fails inside the parse and is reported against its parameter.
 */
import { z } from "zod";
import { DatePrecision, ViolenceType } from "../../event.ts";
import { ACCEPTED_PERIOD_FORMS, parsePeriod, type Period } from "../../periods/index.ts";
import { parseCountryList } from "../../places/index.ts";
import { Role } from "../../store/index.ts";

/** Runs a domain parser that throws, turning its error into an issue on the field. */
function viaParser<T>(parse: (s: string) => T) {
  return (value: string, ctx: z.RefinementCtx): T => {
    try {
      return parse(value);
    } catch (e) {
      ctx.addIssue({ code: "custom", message: (e as Error).message });
      return z.NEVER;
    }
  };
}

const commaList = (s: string): string[] =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

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
  .describe(`violence types, comma-separated: ${ViolenceType.options.join(", ")}`)
  .transform(commaList)
  .pipe(z.array(ViolenceType));

export const datasetField = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, "expected a dataset name such as ucdp-ged")
  .default("ucdp-ged")
  .describe("which dataset counts (datasets are never summed)");

export const boolField = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1")
  .describe("true or false");

export const langField = z.enum(["en", "nl"]).default("en").describe("language of sentences: en or nl");

/** The counting-rule fields, shared by every counting route. */
export const ruleFields = {
  dataset: datasetField,
  role: Role.default("any_side").describe(`which role counts: ${Role.options.join(", ")}`),
  violence: violenceField.optional(),
  max_date_precision: DatePrecision.default("year").describe(`coarsest date precision still counted: ${DatePrecision.options.join(", ")}`),
  include_affiliates: boolField.default(false),
};

/** The question two-period routes ask (compare, brief): an actor in places, a period against a reference. */
export const comparisonFields = {
  actor: actorField,
  country: countriesField.optional(),
  period: periodField.describe("the period of interest"),
  vs: periodField.describe("the reference period"),
  lang: langField,
  ...ruleFields,
};
