/**
 * GDELT 2.0 events → canonical events (SQL over the staged columns). The rules:
 * - CAMEO root codes 18 (assault), 19 (fight) and 20 (unconventional mass violence) are attacks; root 14 (protest)
 *   is riot_protest; every other root (statements, appeals, threats, coercion...) is loaded as "other", so every
 *   record is accounted for and the counting filter, not the loader, decides what an attack count includes.
 * - CAMEO is directed: Actor1 does the EventCode to Actor2, so Actor1 is side A and perpetrator, Actor2 side B
 *   and target. Names go to the registry as GDELT writes them ("ISLAMIC STATE", "MILITANT").
 * - The date is SQLDATE (day precision); the place is ActionGeo_*: ActionGeo_Type 1 country, 2 and 5 admin1
 *   (US state, world state), 3 and 4 near (the centroid of a city or landmark); the country is ActionGeo_CountryCode
 *   through the FIPS 10-4 table.
 * - GDELT codes each news report as its own record. Records with the same SQLDATE, EventCode, Actor1Code,
 *   Actor1Name, Actor2Code, Actor2Name, ActionGeo_Type, ActionGeo_CountryCode and place (ActionGeo_FeatureID, or
 *   the coordinates where GDELT gives no feature id) are one event: source_event_id is the md5 of those fields, so
 *   a re-report is a duplicate skipped, within a file and across files. The first record read is kept, with its
 *   GLOBALEVENTID, NumMentions and NumArticles in raw; source_count is its NumSources, source_text its SOURCEURL.
 * - GDELT reports no deaths.
 */
import type { Check, Mapping } from "../layout.ts";
import { lit, reasonSql } from "../reasons.ts";
import { col, countCheck, coordinateChecks, dbl, int, shown, val } from "../sql-fragments.ts";
import { COLLAPSE_FIELDS } from "./columns.ts";
import { fipsIso3Sql, fipsNameSql } from "./fips.ts";

const ROOT = val("EventRootCode");
const ROOT_CODES = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0"));
const GEO_TYPE = val("ActionGeo_Type");
const FULL_NAME = val("ActionGeo_FullName");

/** SQLDATE (YYYYMMDD) as a DATE; NULL when it is not a calendar date. */
export const SQLDATE = `CASE WHEN regexp_full_match(TRIM(${col("SQLDATE")}), '\\d{8}') THEN TRY_STRPTIME(TRIM(${col("SQLDATE")}), '%Y%m%d')::DATE END`;

const part = (name: string) => `COALESCE(TRIM(${col(name)}), '')`;
const PLACE = `COALESCE(${val("ActionGeo_FeatureID")}, ${part("ActionGeo_Lat")} || ',' || ${part("ActionGeo_Long")})`;

/** The collapse key: one event however many reports coded it. */
export const COLLAPSE_KEY = `md5(concat_ws('|', ${[...COLLAPSE_FIELDS.map(part), PLACE].join(", ")}))`;

const VIOLENCE = `CASE WHEN ${ROOT} IN ('18', '19', '20') THEN 'attack' WHEN ${ROOT} = '14' THEN 'riot_protest' ELSE 'other' END`;
const PLACE_PREC = `CASE ${GEO_TYPE} WHEN '1' THEN 'country' WHEN '2' THEN 'admin1' WHEN '3' THEN 'near' WHEN '4' THEN 'near' WHEN '5' THEN 'admin1' ELSE 'unknown' END`;
/** "State, Country" for types 2 and 5; "City, State, Country" for 3 and 4 (the state only when all three parts are there). */
const ADMIN1 = `CASE WHEN ${GEO_TYPE} IN ('2', '5') THEN NULLIF(TRIM(split_part(${FULL_NAME}, ',', 1)), '')
  WHEN ${GEO_TYPE} IN ('3', '4') AND len(string_split(${FULL_NAME}, ', ')) >= 3 THEN NULLIF(TRIM(string_split(${FULL_NAME}, ', ')[-2]), '') END`;
const COUNTRY_NAME = `COALESCE(${fipsNameSql(val("ActionGeo_CountryCode"))}, NULLIF(TRIM(string_split(${FULL_NAME}, ', ')[-1]), ''))`;

export const gdeltMapping: Mapping = {
  source_event_id: COLLAPSE_KEY,
  date_start: SQLDATE,
  date_end: SQLDATE,
  date_precision: "'day'",
  country_name: COUNTRY_NAME,
  country_iso3: fipsIso3Sql(val("ActionGeo_CountryCode")),
  admin1: ADMIN1,
  admin2: "NULL",
  place_name: FULL_NAME,
  latitude: dbl("ActionGeo_Lat"),
  longitude: dbl("ActionGeo_Long"),
  place_precision: PLACE_PREC,
  side_a: val("Actor1Name"),
  side_b: val("Actor2Name"),
  side_a_is_perpetrator: "true",
  violence_type: VIOLENCE,
  source_violence_type: `'cameo:' || ${val("EventCode")}`,
  deaths_best: "NULL",
  deaths_low: "NULL",
  deaths_high: "NULL",
  source_count: int("NumSources"),
  source_text: val("SOURCEURL"),
};

/** The quarantine rules for a GDELT record, first failing rule wins. */
export function gdeltChecks(maxYear: number): Check[] {
  const list = (codes: string[]) => codes.map((c) => `'${c}'`).join(", ");
  return [
    {
      when: `${val("GLOBALEVENTID")} IS NULL OR NOT regexp_full_match(TRIM(${col("GLOBALEVENTID")}), '[0-9]+')`,
      reason: reasonSql("notWhole", lit("GLOBALEVENTID"), shown("GLOBALEVENTID")),
    },
    { when: `${val("SQLDATE")} IS NULL`, reason: reasonSql("empty", lit("SQLDATE")) },
    { when: `${SQLDATE} IS NULL`, reason: reasonSql("notCompactDate", lit("SQLDATE"), shown("SQLDATE")) },
    {
      when: `year(${SQLDATE}) NOT BETWEEN 1946 AND ${maxYear}`,
      reason: reasonSql("impossibleYear", lit("SQLDATE"), shown("SQLDATE"), lit(1946), lit(maxYear)),
    },
    {
      when: `${ROOT} IS NULL OR ${ROOT} NOT IN (${list(ROOT_CODES)})`,
      reason: reasonSql("notCameoRoot", lit("EventRootCode"), shown("EventRootCode")),
    },
    {
      when: `${val("EventCode")} IS NULL OR NOT starts_with(TRIM(${col("EventCode")}), ${ROOT})`,
      reason: reasonSql("notUnder", lit("EventCode"), shown("EventCode"), lit("EventRootCode"), shown("EventRootCode")),
    },
    {
      when: `${GEO_TYPE} IS NOT NULL AND ${GEO_TYPE} NOT IN (${list(["0", "1", "2", "3", "4", "5"])})`,
      reason: reasonSql("notOneOf", lit("ActionGeo_Type"), shown("ActionGeo_Type"), lit("0..5")),
    },
    ...coordinateChecks("ActionGeo_Lat", "ActionGeo_Long"),
    countCheck("NumMentions"),
    countCheck("NumSources"),
    countCheck("NumArticles"),
  ];
}
