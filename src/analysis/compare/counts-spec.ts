import { UsageError } from "../../errors.ts";
import { parsePeriod, type Period } from "../../periods/index.ts";

/** A count of events in a period, as given on the command line (`153@2024-H1`). */
export interface CountsSpec {
  count: number;
  period: Period;
}

const HINT = "Write COUNT@PERIOD, e.g. 153@2024-H1 or 40@2023-07..2023-12";

/**
 * Parses `COUNT@PERIOD`, the form of `resurgence compare --counts 153@2024-H1 121@2023`.
 *
 * @throws UsageError naming the spec: no `@`, a count that is not a whole number ≥ 0, or a bad period
 *   (the period's own message and hint, with the spec in front).
 * @example
 * parseCountsSpec("153@2024-H1"); // { count: 153, period: { label: "2024-H1", days: 182, ... } }
 */
export function parseCountsSpec(spec: string): CountsSpec {
  const trimmed = spec.trim();
  const parts = trimmed.split("@");
  if (parts.length !== 2) {
    const problem = parts.length < 2 ? 'has no "@"' : 'has more than one "@"';
    throw new UsageError(`Counts "${trimmed}" ${problem}`, HINT);
  }
  const [countText = "", periodText = ""] = parts.map((part) => part.trim());
  const count = Number(countText);
  if (/^\d+$/.test(countText) && !Number.isSafeInteger(count)) {
    throw new UsageError(`Counts "${trimmed}": ${countText} is too large to count exactly (at most ${Number.MAX_SAFE_INTEGER.toLocaleString("en")})`, HINT);
  }
  if (!/^\d+$/.test(countText)) {
    throw new UsageError(`Counts "${trimmed}": "${countText}" is not a whole number ≥ 0`, HINT);
  }
  try {
    return { count, period: parsePeriod(periodText) };
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(`Counts "${trimmed}": ${e.message}`, e.hint, { cause: e });
    throw e;
  }
}
