/**
 * GTD country names the shared resolver does not know, for the states whose territory is one country today
 * ("West Germany (FRG)" → DEU, "Zaire" → COD). Names that span several of today's countries ("Soviet Union",
 * "Yugoslavia", "Czechoslovakia", "Serbia-Montenegro") and "International" stay without a code.
 */
import { sqlString } from "../../sql.ts";

const GTD_NAMES: Record<string, string> = {
  "West Bank and Gaza Strip": "PSE",
  "West Germany (FRG)": "DEU",
  "East Germany (GDR)": "DEU",
  "Zaire": "COD",
  "People's Republic of the Congo": "COG",
  "Rhodesia": "ZWE",
  "South Vietnam": "VNM",
  "North Yemen": "YEM",
  "Slovak Republic": "SVK",
  "Macedonia": "MKD",
  "Macau": "MAC",
  "Falkland Islands": "FLK",
  "New Hebrides": "VUT",
  "St. Kitts and Nevis": "KNA",
  "Vatican City": "VAT",
};

const MAP_SQL = `MAP {${Object.entries(GTD_NAMES).map(([name, iso3]) => `${sqlString(name)}: ${sqlString(iso3)}`).join(", ")}}`;

/** SQL: the ISO3 of a GTD-only country name `expr` evaluates to; NULL for every other name. */
export function gtdCountryIso3Sql(expr: string): string {
  return `${MAP_SQL}[${expr}]`;
}
