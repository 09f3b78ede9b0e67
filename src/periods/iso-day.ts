import { UsageError } from "../errors.ts";
import { daysInMonth, toDayNumber } from "./calendar.ts";

/** The day number of a strict `YYYY-MM-DD` date; `what` names it in the error. */
export function parseIsoDay(text: string, what: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new UsageError(`${what} "${text}" is not a date`, "Write dates as YYYY-MM-DD, e.g. 2024-02-29");
  }
  return toDayNumber({ year, month, day });
}
