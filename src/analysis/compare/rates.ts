/**
 * The annualisation convention: a year is 365.25 days, the mean Gregorian year to the precision that
 * matters here, so a leap year and a common year annualise alike. Rates per day and per year give the
 * same ratio; only the displayed rates depend on this constant.
 */
export const DAYS_PER_YEAR = 365.25;

/** Events per year: count / days × 365.25. */
export function annualRate(count: number, days: number): number {
  return (count / days) * DAYS_PER_YEAR;
}
