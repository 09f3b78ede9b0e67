/**
 * Period expressions in news text, absolute ("in Q2 2020", "de janvier à juin") and relative ("vorig jaar",
 * "in the past month", "2025 bisher", "depuis le début de l'année"), resolved to ISO day ranges against a
 * publication date of any precision.
 */
export { findPeriods, type PeriodMention } from "./find-periods.ts";
export { parsePublished, addDays, yearOf, yearRange, type DayRange, type Published } from "./calendar.ts";
export type { PeriodContext, PeriodKind } from "./rule.ts";
