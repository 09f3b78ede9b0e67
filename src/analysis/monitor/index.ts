/**
 * Monitoring: detection run on series out of the store — one scope (`detectInStore`, over the span
 * `detectionSpan` chooses), or every actor × country at once (`scanAlerts`).
 */
export { coveredSpan, detectInStore, detectionSpan, placesWithEvents, type DetectScope, type ScopeDetection } from "./scope.ts";
export { scanAlerts, type Alert, type AlertScan } from "./alerts.ts";
