import { UsageError } from "../errors.ts";
import { messages } from "../messages/index.ts";
import { words, wordsError } from "../messages/words.ts";
import { formatIsoDay } from "./calendar.ts";
import { parseUnit } from "./parse-unit.ts";
import type { Period } from "./types.ts";
import type { Unit } from "./units.ts";

/** The forms `parsePeriod` accepts, for hints and help text (English; the catalogue has them in Dutch too). */
export const ACCEPTED_PERIOD_FORMS = messages("en").errors.periodForms;

const HINT = words("acceptedForms", words("periodForms"));

/**
 * Parses a period spec into an inclusive range of UTC days.
 *
 * A single spec covers its whole calendar unit (a day may be written `DD-MM-YYYY` too, as in Dutch); `FROM..TO` runs from FROM's first day to TO's last.
 * `H` and `Q` may be lower case; the label is canonical (upper case).
 *
 * @throws UsageError naming the spec and what is wrong with it, hinting at the accepted forms.
 * @example
 * parsePeriod("2024-H1");
 * // { spec: "2024-H1", label: "2024-H1", start: "2024-01-01", end: "2024-06-30", days: 182 }
 * parsePeriod("2023-07..2024-Q1").days; // 275
 */
export function parsePeriod(spec: string): Period {
  const trimmed = spec.trim();
  if (trimmed === "") throw wordsError(UsageError, words("emptyPeriod"), HINT);
  const sides = trimmed.split("..");
  if (sides.length === 1) {
    const unit = unitOrThrow(trimmed, trimmed);
    return toPeriod(trimmed, unit.label, unit.first, unit.last);
  }
  const [from, to] = sides.map((s) => s.trim());
  if (sides.length > 2 || !from || !to) {
    throw wordsError(UsageError, words("notRange", trimmed), HINT);
  }
  const first = unitOrThrow(from, trimmed);
  const last = unitOrThrow(to, trimmed);
  if (last.last < first.first) {
    throw wordsError(UsageError, words("endsBeforeStart", trimmed, formatIsoDay(last.last), formatIsoDay(first.first)), words("earlierPeriodFirst"));
  }
  return toPeriod(trimmed, `${first.label}..${last.label}`, first.first, last.last);
}

function unitOrThrow(text: string, whole: string): Unit {
  const parsed = parseUnit(text);
  if ("reason" in parsed) {
    throw wordsError(UsageError, words("badPeriod", whole, text === whole ? "" : text, parsed.reason), HINT);
  }
  return parsed;
}

function toPeriod(spec: string, label: string, first: number, last: number): Period {
  return { spec, label, start: formatIsoDay(first), end: formatIsoDay(last), days: last - first + 1 };
}
