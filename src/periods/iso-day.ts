import { UsageError } from "../errors.ts";
import { words, wordsError } from "../messages/words.ts";
import { daysInMonth, toDayNumber } from "./calendar.ts";

/** The day number of a strict `YYYY-MM-DD` date; `what` names it in the error. */
export function parseIsoDay(text: string, what: "start" | "end"): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw wordsError(UsageError, words("notDate", words(what), text), words("writeDates"));
  }
  return toDayNumber({ year, month, day });
}
