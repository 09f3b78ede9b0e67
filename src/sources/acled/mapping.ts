/**
 * ACLED export rows → canonical events (SQL over the staged columns). The rules:
 * - event_type: Battles → state_based when either actor is state forces (inter code 1, or "State forces" in
 *   exports that write the label), otherwise non_state; Violence against civilians → one_sided;
 *   Explosions/Remote violence → attack; Protests and Riots → riot_protest; Strategic developments → other.
 *   Any other type is quarantined. The type and sub-type are kept as source_violence_type.
 * - ACLED says actor order carries no direction in general, so actor1 is the perpetrator only where the
 *   second actor is the one hit: violence against civilians and explosions/remote violence.
 * - event_date is "2024-01-15" or "15 January 2024". ACLED gives one reference date even when it knows only the
 *   week or the month (time_precision 2, 3); it is kept as both start and end, with precision week or month, as
 *   ACLED's own counts use it, because the export does not say where in the week or month the date sits.
 * - geo_precision 1 → exact (the named town), 2 → near (a place nearby), 3 → admin1 (a provincial capital
 *   stands for a larger region). The country is the numeric `iso` code, else the `country` name.
 * - fatalities → deaths_best; source_count is the number of ';'-separated sources named in `source`.
 */
import type { Check, Mapping } from "../layout.ts";
import { lit, reasonSql } from "../reasons.ts";
import { col, countCheck, coordinateChecks, dbl, int, shown, val } from "../sql-fragments.ts";
import { numericIso3Sql } from "./iso-numeric.ts";

const RAW_DATE = `TRIM(${col("event_date")})`;

/** event_date as a DATE from either form ACLED writes; NULL otherwise. */
export const EVENT_DATE = `CASE WHEN regexp_full_match(${RAW_DATE}, '\\d{4}-\\d{2}-\\d{2}') THEN TRY_CAST(${RAW_DATE} AS DATE)
  WHEN regexp_full_match(${RAW_DATE}, '\\d{1,2} [A-Za-z]+ \\d{4}') THEN TRY_STRPTIME(${RAW_DATE}, '%d %B %Y')::DATE END`;

const TYPE = `lower(${val("event_type")})`;
export const EVENT_TYPES = ["Battles", "Violence against civilians", "Explosions/Remote violence", "Protests", "Riots", "Strategic developments"];
const STATE_FORCES = (inter: string) => `lower(${val(inter)}) IN ('1', 'state forces')`;

const VIOLENCE = `CASE ${TYPE}
  WHEN 'battles' THEN CASE WHEN ${STATE_FORCES("inter1")} OR ${STATE_FORCES("inter2")} THEN 'state_based' ELSE 'non_state' END
  WHEN 'violence against civilians' THEN 'one_sided'
  WHEN 'explosions/remote violence' THEN 'attack'
  WHEN 'protests' THEN 'riot_protest'
  WHEN 'riots' THEN 'riot_protest'
  WHEN 'strategic developments' THEN 'other' END`;

const TIME_PREC = `CASE ${val("time_precision")} WHEN '2' THEN 'week' WHEN '3' THEN 'month' ELSE 'day' END`;
const GEO_PREC = `CASE ${val("geo_precision")} WHEN '1' THEN 'exact' WHEN '2' THEN 'near' WHEN '3' THEN 'admin1' ELSE 'unknown' END`;

export const acledMapping: Mapping = {
  source_event_id: val("event_id_cnty"),
  date_start: EVENT_DATE,
  date_end: EVENT_DATE,
  date_precision: TIME_PREC,
  country_name: val("country"),
  country_iso3: numericIso3Sql(val("iso")),
  admin1: val("admin1"),
  admin2: val("admin2"),
  place_name: val("location"),
  latitude: dbl("latitude"),
  longitude: dbl("longitude"),
  place_precision: GEO_PREC,
  side_a: val("actor1"),
  side_b: val("actor2"),
  side_a_is_perpetrator: `${TYPE} IN ('violence against civilians', 'explosions/remote violence')`,
  violence_type: VIOLENCE,
  source_violence_type: `'acled:' || ${val("event_type")} || COALESCE('/' || ${val("sub_event_type")}, '')`,
  deaths_best: int("fatalities"),
  deaths_low: "NULL",
  deaths_high: "NULL",
  source_count: `CASE WHEN ${val("source")} IS NOT NULL THEN len(list_filter(string_split(${col("source")}, ';'), x -> TRIM(x) <> '')) END`,
  source_text: val("source"),
};

function codeCheck(name: string, allowed: string[]): Check {
  return {
    when: `${val(name)} IS NOT NULL AND ${val(name)} NOT IN (${allowed.map((a) => `'${a}'`).join(", ")})`,
    reason: reasonSql("notOneOf", lit(name), shown(name), lit(allowed.join(", "))),
  };
}

/** The quarantine rules for an ACLED row, first failing rule wins. ACLED's coverage starts in 1997. */
export function acledChecks(maxYear: number): Check[] {
  return [
    { when: `${val("event_id_cnty")} IS NULL`, reason: reasonSql("empty", lit("event_id_cnty")) },
    { when: `${val("event_date")} IS NULL`, reason: reasonSql("empty", lit("event_date")) },
    {
      when: `${EVENT_DATE} IS NULL`,
      reason: reasonSql("notAcledDate", lit("event_date"), shown("event_date")),
    },
    {
      when: `year(${EVENT_DATE}) NOT BETWEEN 1997 AND ${maxYear}`,
      reason: reasonSql("impossibleYear", lit("event_date"), shown("event_date"), lit(1997), lit(maxYear)),
    },
    {
      when: `${TYPE} IS NULL OR ${TYPE} NOT IN (${EVENT_TYPES.map((t) => `'${t.toLowerCase()}'`).join(", ")})`,
      reason: reasonSql("notOneOf", lit("event_type"), shown("event_type"), lit(EVENT_TYPES.join(", "))),
    },
    codeCheck("time_precision", ["1", "2", "3"]),
    codeCheck("geo_precision", ["1", "2", "3"]),
    { when: `${val("actor1")} IS NULL`, reason: reasonSql("empty", lit("actor1")) },
    { when: `${val("country")} IS NULL`, reason: reasonSql("empty", lit("country")) },
    ...coordinateChecks("latitude", "longitude"),
    countCheck("fatalities"),
  ];
}
