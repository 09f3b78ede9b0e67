/**
 * One period spec without `..` → its calendar unit, or the reason it is not one. Returning the reason
 * (rather than throwing) lets the caller name the whole spec, e.g. the bad side of a range.
 */
import type { Words } from "../errors.ts";
import { words } from "../messages/words.ts";
import { daysInMonth } from "./calendar.ts";
import { dayUnit, halfUnit, monthUnit, quarterUnit, yearUnit, type Unit } from "./units.ts";

/** A day, `YYYY-MM-DD` or, as Dutch and most of Europe write it, `DD-MM-YYYY`; or the reason it names none. */
function day(y: string, mo: string, d: string): Unit | { reason: Words } {
  const [year, month, dayOfMonth] = [Number(y), Number(mo), Number(d)];
  if (month < 1 || month > 12) return { reason: words("month", mo) };
  const last = daysInMonth(year, month);
  if (dayOfMonth < 1 || dayOfMonth > last) return { reason: words("monthDays", month, y, last, d) };
  return dayUnit(year, month, dayOfMonth);
}

/** The unit a spec names, or `{ reason }` saying (in catalogue words) why it names none. */
export function parseUnit(text: string): Unit | { reason: Words } {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) {
    return yearUnit(Number(m[1]));
  }
  if ((m = /^(\d{4})-H(\d+)$/i.exec(text))) {
    const half = Number(m[2]);
    return half === 1 || half === 2 ? halfUnit(Number(m[1]), half) : { reason: words("halfYear", m[2] ?? "") };
  }
  if ((m = /^(\d{4})-Q(\d+)$/i.exec(text))) {
    const quarter = Number(m[2]);
    return quarter >= 1 && quarter <= 4 ? quarterUnit(Number(m[1]), quarter) : { reason: words("quarter", m[2] ?? "") };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthUnit(Number(m[1]), month) : { reason: words("month", m[2] ?? "") };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) return day(m[1] ?? "", m[2] ?? "", m[3] ?? "");
  if ((m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text))) return day(m[3] ?? "", m[2] ?? "", m[1] ?? "");
  return { reason: words("noForm") };
}
