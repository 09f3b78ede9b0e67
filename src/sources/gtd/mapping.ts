/**
 * GTD rows → canonical events (SQL over the staged columns). The rules:
 * - Every GTD incident is an attack (violence_type "attack"); attacktype1_txt is kept as source_violence_type.
 *   Incidents GTD doubts are terrorism (doubtterr = 1) are kept too; the flag stays in raw.
 * - The date is iyear/imonth/iday, where 0 means unknown: an unknown day gives the whole month (precision month),
 *   an unknown month the whole year (precision year). approxdate and the end of extended incidents stay in raw.
 * - gname is side A and perpetrator ("Unknown" is no actor: side A stays empty); side B is targtype1_txt, the
 *   kind of target ("Military", "Private Citizens & Property"). gname2/gname3 stay in raw.
 * - specificity 1 → exact (the town's coordinates), 2 and 3 → admin2, 4 → admin1, 5 → country (no coordinates).
 * - nkill → deaths_best; GTD files written by spreadsheets carry "2.0" for 2, which is accepted.
 * - source_count counts the citations scite1..scite3; source_text is scite1.
 */
import type { Check, Mapping } from "../layout.ts";
import { lit, reasonSql } from "../reasons.ts";
import { col, coordinateChecks, dbl, MAX_COUNT, shown, val } from "../sql-fragments.ts";
import { gtdCountryIso3Sql } from "./countries.ts";

/** A whole number, also when written as "2.0", that an INTEGER column holds; NULL otherwise. */
function whole(name: string): string {
  return `CASE WHEN ${dbl(name)} = floor(${dbl(name)}) THEN TRY_CAST(${dbl(name)} AS INTEGER) END`;
}

const Y = whole("iyear");
const M = whole("imonth");
const D = whole("iday");

export const DATE_START = `TRY_CAST(printf('%04d-%02d-%02d', ${Y}, CASE WHEN ${M} = 0 THEN 1 ELSE ${M} END, CASE WHEN ${M} = 0 OR ${D} = 0 THEN 1 ELSE ${D} END) AS DATE)`;
const DATE_END = `CASE WHEN ${M} = 0 THEN TRY_CAST(printf('%04d-12-31', ${Y}) AS DATE) WHEN ${D} = 0 THEN last_day(${DATE_START}) ELSE ${DATE_START} END`;
const DATE_PREC = `CASE WHEN ${M} = 0 THEN 'year' WHEN ${D} = 0 THEN 'month' ELSE 'day' END`;
const PLACE_PREC = `CASE ${whole("specificity")} WHEN 1 THEN 'exact' WHEN 2 THEN 'admin2' WHEN 3 THEN 'admin2' WHEN 4 THEN 'admin1' WHEN 5 THEN 'country' ELSE 'unknown' END`;
const unknownIsNull = (name: string) => `NULLIF(${val(name)}, 'Unknown')`;
const CITATIONS = ["scite1", "scite2", "scite3"].map((c) => `CASE WHEN ${val(c)} IS NULL THEN 0 ELSE 1 END`).join(" + ");

export const gtdMapping: Mapping = {
  source_event_id: val("eventid"),
  date_start: DATE_START,
  date_end: DATE_END,
  date_precision: DATE_PREC,
  country_name: val("country_txt"),
  country_iso3: gtdCountryIso3Sql(val("country_txt")),
  admin1: unknownIsNull("provstate"),
  admin2: "NULL",
  place_name: unknownIsNull("city"),
  latitude: dbl("latitude"),
  longitude: dbl("longitude"),
  place_precision: PLACE_PREC,
  side_a: unknownIsNull("gname"),
  side_b: val("targtype1_txt"),
  side_a_is_perpetrator: "true",
  violence_type: "'attack'",
  source_violence_type: `'gtd:' || ${val("attacktype1_txt")}`,
  deaths_best: whole("nkill"),
  deaths_low: "NULL",
  deaths_high: "NULL",
  source_count: `NULLIF(${CITATIONS}, 0)`,
  source_text: val("scite1"),
};

function wholeIn(name: string, lo: number, hi: number, reason: string): Check {
  return { when: `${whole(name)} IS NULL OR ${whole(name)} NOT BETWEEN ${lo} AND ${hi}`, reason };
}

function countCheck(name: string): Check {
  const tooLarge = `${dbl(name)} = floor(${dbl(name)}) AND ${dbl(name)} > ${MAX_COUNT}`;
  return {
    when: `${val(name)} IS NOT NULL AND (${whole(name)} IS NULL OR ${whole(name)} < 0)`,
    reason: `CASE WHEN ${tooLarge} THEN ${reasonSql("tooLarge", lit(name), shown(name), lit(MAX_COUNT))} ELSE ${reasonSql("notCount", lit(name), shown(name))} END`,
  };
}

/** The quarantine rules for a GTD row, first failing rule wins. GTD's coverage starts in 1970. */
export function gtdChecks(maxYear: number): Check[] {
  return [
    { when: `${val("eventid")} IS NULL OR NOT regexp_full_match(TRIM(${col("eventid")}), '\\d{12}')`, reason: reasonSql("notGtdId", lit("eventid"), shown("eventid")) },
    wholeIn("iyear", 1970, maxYear, reasonSql("notYearIn", lit("iyear"), shown("iyear"), lit(1970), lit(maxYear))),
    wholeIn("imonth", 0, 12, reasonSql("notMonth", lit("imonth"), shown("imonth"))),
    wholeIn("iday", 0, 31, reasonSql("notDay", lit("iday"), shown("iday"))),
    {
      when: `${DATE_START} IS NULL`,
      reason: reasonSql("notDate", lit("iyear/imonth/iday"), `${shown("iyear")} || '/' || ${shown("imonth")} || '/' || ${shown("iday")}`),
    },
    { when: `${val("gname")} IS NULL`, reason: reasonSql("emptyUnknown", lit("gname")) },
    { when: `${val("country_txt")} IS NULL`, reason: reasonSql("empty", lit("country_txt")) },
    {
      when: `${val("specificity")} IS NOT NULL AND (${whole("specificity")} IS NULL OR ${whole("specificity")} NOT BETWEEN 1 AND 5)`,
      reason: reasonSql("notOneOf", lit("specificity"), shown("specificity"), lit("1..5")),
    },
    ...coordinateChecks("latitude", "longitude"),
    countCheck("nkill"),
    countCheck("nwound"),
  ];
}
