/**
 * SQL fragments (DuckDB dialect) shared by source mappings and checks, so every source validates dates,
 * coordinates and counts the same way.
 */
import { sqlIdent } from "../sql.ts";
import { lit, reasonSql } from "./reasons.ts";

/** A column of the staging alias, quoted. */
export function col(name: string): string {
  return `s.${sqlIdent(name)}`;
}

/** A trimmed, empty-as-NULL value. */
export function val(name: string): string {
  return `NULLIF(TRIM(${col(name)}), '')`;
}

/** An ISO date from `YYYY-MM-DD` optionally followed by a midnight time (UCDP's files write " 00:00:00", its API "T00:00:00"). */
export function isoDate(name: string): string {
  return `TRY_CAST(CASE WHEN regexp_full_match(TRIM(${col(name)}), '\\d{4}-\\d{2}-\\d{2}([ T]00:00:00(\\.0+)?)?') THEN LEFT(TRIM(${col(name)}), 10) END AS DATE)`;
}

/** Counts are stored as INTEGER: the largest whole number a count column holds. */
export const MAX_COUNT = 2147483647;

/**
 * A whole number written as digits (an optional minus sign), as INTEGER; NULL otherwise. DuckDB's own cast
 * would round "1.5" to 2 and read "0x10" or "1_000", and a value past INTEGER would fail the insert.
 */
export function int(name: string): string {
  return `CASE WHEN regexp_full_match(${val(name)}, '-?[0-9]+') THEN TRY_CAST(${val(name)} AS INTEGER) END`;
}

export function dbl(name: string): string {
  return `TRY_CAST(${val(name)} AS DOUBLE)`;
}

/** The offending value quoted for a reason line (cut to 60 characters). */
export function shown(name: string): string {
  return `'"' || COALESCE(LEFT(${col(name)}, 60), '') || '"'`;
}

/** Standard checks for a date column: present, a real calendar date, a plausible year. */
export function dateChecks(name: string, maxYear: number): Array<{ when: string; reason: string }> {
  return [
    { when: `${val(name)} IS NULL`, reason: reasonSql("empty", lit(name)) },
    {
      when: `${isoDate(name)} IS NULL`,
      reason: reasonSql("notIsoDate", lit(name), shown(name)),
    },
    {
      when: `year(${isoDate(name)}) NOT BETWEEN 1946 AND ${maxYear}`,
      reason: reasonSql("impossibleYear", lit(name), shown(name), lit(1946), lit(maxYear)),
    },
  ];
}

/** Checks that a count column, when present, is a whole number ≥ 0 that a count column can hold. */
export function countCheck(name: string): { when: string; reason: string } {
  const digits = `regexp_full_match(${val(name)}, '[0-9]+')`;
  return {
    when: `${val(name)} IS NOT NULL AND (NOT ${digits} OR ${int(name)} IS NULL)`,
    reason: `CASE WHEN ${digits} THEN ${reasonSql("tooLarge", lit(name), shown(name), lit(MAX_COUNT))} ELSE ${reasonSql("notCount", lit(name), shown(name))} END`,
  };
}

/** Checks latitude and longitude, when present, for number and range. */
export function coordinateChecks(lat: string, lon: string): Array<{ when: string; reason: string }> {
  return [
    {
      when: `${val(lat)} IS NOT NULL AND (${dbl(lat)} IS NULL OR ${dbl(lat)} NOT BETWEEN -90 AND 90)`,
      reason: reasonSql("notLatitude", lit(lat), shown(lat)),
    },
    {
      when: `${val(lon)} IS NOT NULL AND (${dbl(lon)} IS NULL OR ${dbl(lon)} NOT BETWEEN -180 AND 180)`,
      reason: reasonSql("notLongitude", lit(lon), shown(lon)),
    },
  ];
}
