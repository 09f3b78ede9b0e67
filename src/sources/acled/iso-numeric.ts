/**
 * ACLED's `iso` column is the numeric ISO 3166-1 code (4, 368, 760), written without leading zeros; the
 * alpha-3 code comes from the numeric table of i18n-iso-countries, as a SQL look-up. Codes the table lacks
 * (ACLED writes 0 for Kosovo) give NULL, and the country name is resolved instead.
 */
import countries from "i18n-iso-countries";

const PAIRS = Object.entries(countries.getNumericCodes()).flatMap(([numeric, alpha2]) => {
  const alpha3 = countries.alpha2ToAlpha3(alpha2);
  return alpha3 && /^[A-Z]{3}$/.test(alpha3) ? [[Number(numeric), alpha3] as const] : [];
});

const ISO3_MAP = `MAP {${PAIRS.map(([n, a]) => `${n}: '${a}'`).join(", ")}}`;

/** SQL: the alpha-3 code of the numeric code the VARCHAR `expr` holds; NULL when it is not one. */
export function numericIso3Sql(expr: string): string {
  return `${ISO3_MAP}[TRY_CAST(${expr} AS INTEGER)]`;
}
