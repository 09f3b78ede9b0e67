/**
 * GDELT writes countries as FIPS 10-4 codes, not ISO: "IZ" is Iraq, "IS" Israel, "SY" Syria, "GM" Germany.
 * The table lives in a data file; here it is checked once and turned into SQL look-ups for the mapping.
 */
import { z } from "zod";
import data from "./fips-countries.json" with { type: "json" };
import { sqlString } from "../../sql.ts";

const FipsFile = z.object({
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), z.tuple([z.string().regex(/^[A-Z]{3}$/).nullable(), z.string().min(1)])),
});

const table = FipsFile.parse(data).countries;

/** ISO 3166-1 alpha-3 for a FIPS 10-4 code; null for a place ISO does not code; undefined for an unknown code. */
export function fipsToIso3(fips: string): string | null | undefined {
  return table[fips.trim().toUpperCase()]?.[0];
}


function mapLiteral(pairs: Array<[string, string]>): string {
  return `MAP {${pairs.map(([k, v]) => `${sqlString(k)}: ${sqlString(v)}`).join(", ")}}`;
}

const ISO3_MAP = mapLiteral(Object.entries(table).flatMap(([fips, [iso3]]) => (iso3 ? [[fips, iso3] as [string, string]] : [])));
const NAME_MAP = mapLiteral(Object.entries(table).map(([fips, [, name]]) => [fips, name]));

/** SQL: the ISO3 of the FIPS code `expr` evaluates to (NULL when unknown or uncoded). */
export function fipsIso3Sql(expr: string): string {
  return `${ISO3_MAP}[UPPER(${expr})]`;
}

/** SQL: the English country name of the FIPS code `expr` evaluates to (NULL when unknown). */
export function fipsNameSql(expr: string): string {
  return `${NAME_MAP}[UPPER(${expr})]`;
}
