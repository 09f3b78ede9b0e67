/**
 * Online alarms, month by month and causal: the NB CUSUM (with its threshold calibration) and the baseline
 * rules it is compared with (ACLED-style surge, HDX-style rolling maximum, EMA z-score).
 */
export { cusumIncrement, nbCusum, type CusumOptions, type CusumTrace } from "./cusum.ts";
export { calibrateCusumThreshold, type CalibrationSetting } from "./calibrate.ts";
export { CUSUM_DEFAULTS } from "./defaults.ts";
export { TABULATED_ARLS, tableApplies, tableThreshold } from "./thresholds.ts";
export { acledSurge, SURGE_DEFAULTS, type SurgeOptions } from "./acled-surge.ts";
export { hdxSignal, HDX_DEFAULTS, type HdxOptions } from "./hdx-signal.ts";
export { emaZScore, EMA_DEFAULTS, type EmaOptions } from "./ema-zscore.ts";
export type { AlarmTrace } from "./trace.ts";
export { thresholdFor, type CusumSettings } from "./threshold-for.ts";
