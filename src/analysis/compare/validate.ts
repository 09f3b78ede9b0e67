import { UsageError } from "../../errors.ts";
import type { PeriodCount } from "./types.ts";

/** Rejects counts, lengths and confidence levels the comparison cannot use, before any arithmetic. */
export function validateInput(a: PeriodCount, b: PeriodCount, confidence: number): void {
  for (const period of [a, b]) {
    const name = `"${period.label}"`;
    if (!Number.isSafeInteger(period.count) || period.count < 0) {
      throw new UsageError(
        `Count for ${name} must be a whole number ≥ 0, not ${period.count}`,
        "A count is a number of events, e.g. 153",
      );
    }
    if (!Number.isSafeInteger(period.days) || period.days <= 0) {
      throw new UsageError(
        `Length of ${name} must be a whole number of days > 0, not ${period.days}`,
        "Use the period's days as parsePeriod returns them, e.g. 182 for 2024-H1",
      );
    }
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new UsageError(`Confidence must be between 0 and 1, not ${confidence}`, "Write 0.95 for 95%");
  }
}
