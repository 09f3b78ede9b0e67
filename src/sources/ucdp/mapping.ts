/**
 * UCDP GED rows → canonical events (SQL over the staged columns). The codebook's codes are mapped to the
 * shared vocabulary: date_prec 1..5 → day, days (2–6 day range), week, month, year; where_prec 1..7 → exact,
 * near (≤25 km), admin2, admin1, region (larger than admin1), country, unknown (waters/airspace).
 * Deaths are kept as given where low > best or best > high alone (real GED rows do this, off by a few: 0/516/515);
 * a row with low > best > high, which no real row is (0 of 25,039 in three GED files), is quarantined.
 * In one-sided violence (type 3) side A is the perpetrator; in types 1 and 2 GED does not say who attacked.
 */
import type { Check, Mapping } from "../layout.ts";
import { lit, reasonSql } from "../reasons.ts";
import { col, countCheck, coordinateChecks, dateChecks, dbl, int, isoDate, shown, val } from "../sql-fragments.ts";

const DATE_PREC = `CASE ${val("date_prec")} WHEN '1' THEN 'day' WHEN '2' THEN 'days' WHEN '3' THEN 'week' WHEN '4' THEN 'month' WHEN '5' THEN 'year' END`;
const WHERE_PREC = `CASE ${val("where_prec")} WHEN '1' THEN 'exact' WHEN '2' THEN 'near' WHEN '3' THEN 'admin2' WHEN '4' THEN 'admin1' WHEN '5' THEN 'region' WHEN '6' THEN 'country' WHEN '7' THEN 'unknown' END`;
const VIOLENCE = `CASE ${val("type_of_violence")} WHEN '1' THEN 'state_based' WHEN '2' THEN 'non_state' WHEN '3' THEN 'one_sided' END`;

/** The date precision the mirror does not carry, derived from the span: 0 days → day, ≤6 → days, ≤31 → month. */
const SPAN_PREC = `CASE WHEN ${isoDate("date_end")} - ${isoDate("date_start")} = 0 THEN 'day' WHEN ${isoDate("date_end")} - ${isoDate("date_start")} <= 6 THEN 'days' WHEN ${isoDate("date_end")} - ${isoDate("date_start")} <= 31 THEN 'month' ELSE 'year' END`;

function base(withPrecision: boolean, iso3Column?: string): Mapping {
  return {
    source_event_id: val("id"),
    date_start: isoDate("date_start"),
    date_end: isoDate("date_end"),
    // An empty date_prec is not a reason to lose the event: the span of its dates says how well it is known.
    date_precision: withPrecision ? `COALESCE(${DATE_PREC}, ${SPAN_PREC})` : SPAN_PREC,
    country_name: val("country"),
    country_iso3: iso3Column ? `UPPER(${val(iso3Column)})` : undefined,
    admin1: withPrecision ? val("adm_1") : "NULL",
    admin2: withPrecision ? val("adm_2") : "NULL",
    place_name: val("where_coordinates"),
    latitude: dbl("latitude"),
    longitude: dbl("longitude"),
    place_precision: withPrecision ? WHERE_PREC : "'unknown'",
    side_a: val("side_a"),
    side_b: val("side_b"),
    side_a_is_perpetrator: `${val("type_of_violence")} = '3'`,
    violence_type: VIOLENCE,
    source_violence_type: `'ucdp:type_of_violence=' || ${val("type_of_violence")}`,
    deaths_best: int("best"),
    deaths_low: int("low"),
    deaths_high: int("high"),
    source_count: withPrecision ? `CASE WHEN ${int("number_of_sources")} >= 0 THEN ${int("number_of_sources")} END` : "NULL",
    source_text: val("source_article"),
  };
}

export const ged191Mapping = base(true);
export const hdxMapping = base(true, "iso3");
export const mirrorMapping = base(false);

function codeCheck(name: string, allowed: string[], optional = false): Check {
  const list = allowed.map((a) => `'${a}'`).join(", ");
  return {
    when: optional ? `${val(name)} IS NOT NULL AND ${val(name)} NOT IN (${list})` : `${val(name)} IS NULL OR ${val(name)} NOT IN (${list})`,
    reason: reasonSql("notOneOf", lit(name), shown(name), lit(allowed.join(", "))),
  };
}

/** The quarantine rules for a UCDP row, first failing rule wins. */
export function ucdpChecks(maxYear: number, withPrecision: boolean): Check[] {
  return [
    { when: `${val("id")} IS NULL`, reason: reasonSql("empty", lit("id")) },
    { when: `NOT regexp_full_match(TRIM(${col("id")}), '[0-9]+')`, reason: reasonSql("notWhole", lit("id"), shown("id")) },
    ...dateChecks("date_start", maxYear),
    ...dateChecks("date_end", maxYear),
    { when: `${isoDate("date_end")} < ${isoDate("date_start")}`, reason: reasonSql("beforeStart", lit("date_end"), shown("date_end"), lit("date_start"), shown("date_start")) },
    codeCheck("type_of_violence", ["1", "2", "3"]),
    ...(withPrecision ? [codeCheck("date_prec", ["1", "2", "3", "4", "5"], true), codeCheck("where_prec", ["1", "2", "3", "4", "5", "6", "7"], true)] : []),
    { when: `${val("side_a")} IS NULL`, reason: reasonSql("empty", lit("side_a")) },
    { when: `${val("country")} IS NULL`, reason: reasonSql("empty", lit("country")) },
    ...coordinateChecks("latitude", "longitude"),
    countCheck("best"),
    countCheck("low"),
    countCheck("high"),
    {
      when: `${int("low")} > ${int("best")} AND ${int("best")} > ${int("high")}`,
      reason: reasonSql("reverseEstimates", shown("low"), shown("best"), shown("high")),
    },
  ];
}
