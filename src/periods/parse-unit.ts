/**
 * One period spec without `..` → its calendar unit, or the reason it is not one. Returning the reason
 * (rather than throwing) lets the caller name the whole spec, e.g. the bad side of a range.
 */
import { daysInMonth } from "./calendar.ts";
import { dayUnit, halfUnit, monthUnit, quarterUnit, yearUnit, type Unit } from "./units.ts";

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** The unit a spec names, or `{ reason }` saying why it names none. */
export function parseUnit(text: string): Unit | { reason: string } {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) {
    return yearUnit(Number(m[1]));
  }
  if ((m = /^(\d{4})-H(\d+)$/i.exec(text))) {
    const half = Number(m[2]);
    return half === 1 || half === 2 ? halfUnit(Number(m[1]), half) : { reason: `half-year must be H1 or H2, not H${m[2]}` };
  }
  if ((m = /^(\d{4})-Q(\d+)$/i.exec(text))) {
    const quarter = Number(m[2]);
    return quarter >= 1 && quarter <= 4
      ? quarterUnit(Number(m[1]), quarter)
      : { reason: `quarter must be Q1 to Q4, not Q${m[2]}` };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthUnit(Number(m[1]), month) : { reason: `month must be 01 to 12, not ${m[2]}` };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12) return { reason: `month must be 01 to 12, not ${m[2]}` };
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) {
      return { reason: `${MONTH_NAMES[month - 1]} ${m[1]} has days 01 to ${last}, not ${m[3]}` };
    }
    return dayUnit(year, month, day);
  }
  return { reason: "not in any accepted form" };
}
