/**
 * Claims: quantitative assertions about armed groups in news text (Dutch, English, German, French) —
 * counts, rates, shares and comparisons, each with its actor, places, period, qualifier, unit and source.
 *
 * @example
 * extractClaims("IS pleegde vorig jaar 121 aanslagen in Syrië.", { published: "2024-07" });
 * // [{ claim_type: "count", quantity: 121, unit: "attacks", countries: ["SYR"], period_start: "2023-01-01", ... }]
 */
import type { Claim} from "./claim.ts";
import { ExtractOptions } from "./claim.ts";
import { extract } from "./extract/index.ts";
import { detectLanguage } from "./language.ts";
import { parsePublished } from "./periods/index.ts";

export { Claim, Comparison, ClaimType, QualifierSchema, ExtractOptions } from "./claim.ts";
export type { ComparisonRecord } from "./claim.ts";
export { detectLanguage } from "./language.ts";
export { LANGS, type Lang } from "./lang.ts";

/**
 * The claims a text makes. `lang` defaults to detection; `published` (YYYY, YYYY-MM or YYYY-MM-DD)
 * anchors relative periods such as "vorig jaar" — without it they stay unresolved (null dates).
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  const opts = ExtractOptions.parse(options);
  const lang = opts.lang === "auto" ? detectLanguage(text) : opts.lang;
  return extract(text, lang, parsePublished(opts.published));
}
