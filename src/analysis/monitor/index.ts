/**
 * Monitoring: detection run on series out of the store — one series (`monthlySeries`), or every actor ×
 * country at once (`scanAlerts`).
 */
export { monthlySeries, storeSpan, type StoreSeries } from "./series.ts";
export { scanAlerts, type Alert } from "./alerts.ts";
