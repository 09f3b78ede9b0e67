/**
 * The calendar units a period spec can name (year, half, quarter, month, day), each as an inclusive range
 * of day numbers with its canonical label. Both parsing and bucketing build units here, so a bucket's
 * label always parses back to its full unit.
 */
import { daysInMonth, toCivil, toDayNumber } from "./calendar.ts";
import type { Granularity } from "./types.ts";

/** A calendar unit: canonical label and inclusive day-number range. */
export interface Unit {
  label: string;
  first: number;
  last: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** Months `fromMonth..toMonth` of one year. */
function months(year: number, fromMonth: number, toMonth: number, label: string): Unit {
  return {
    label,
    first: toDayNumber({ year, month: fromMonth, day: 1 }),
    last: toDayNumber({ year, month: toMonth, day: daysInMonth(year, toMonth) }),
  };
}

export const yearUnit = (year: number): Unit => months(year, 1, 12, pad(year, 4));

export const halfUnit = (year: number, half: 1 | 2): Unit =>
  months(year, half * 6 - 5, half * 6, `${pad(year, 4)}-H${half}`);

export const quarterUnit = (year: number, quarter: number): Unit =>
  months(year, quarter * 3 - 2, quarter * 3, `${pad(year, 4)}-Q${quarter}`);

export const monthUnit = (year: number, month: number): Unit =>
  months(year, month, month, `${pad(year, 4)}-${pad(month, 2)}`);

export function dayUnit(year: number, month: number, day: number): Unit {
  const n = toDayNumber({ year, month, day });
  return { label: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`, first: n, last: n };
}

/** The month, quarter or year that contains a day. */
export function unitContaining(dayNumber: number, granularity: Granularity): Unit {
  const { year, month } = toCivil(dayNumber);
  switch (granularity) {
    case "month":
      return monthUnit(year, month);
    case "quarter":
      return quarterUnit(year, Math.ceil(month / 3));
    case "year":
      return yearUnit(year);
    default:
      throw new Error(`unknown granularity: ${String(granularity satisfies never)}`);
  }
}
