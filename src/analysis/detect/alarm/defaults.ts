/**
 * Default settings of the online alarm, stated once. ARL₀ = 60 months means one false alarm per five years
 * of a quiet, stationary series; factor 2 is the rise the CUSUM is tuned to catch fastest ("doubling");
 * a 24-month baseline spans two seasonal cycles; the μ₀ floor of 0.5 events/month keeps a silent baseline
 * from turning a single event into an alarm.
 */
export const CUSUM_DEFAULTS = {
  factor: 2,
  baselineMonths: 24,
  minRate: 0.5,
  targetArl: 60,
} as const;
