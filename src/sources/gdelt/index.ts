/**
 * GDELT 2.0 Event Database: machine-coded events from world news (CAMEO codes), free and open. One record per
 * news report of an event; resurgence collapses re-reports (see mapping.ts) and keeps CAMEO roots 18–20 as attacks.
 */
export { gdeltLayouts, DATASET as GDELT_DATASET } from "./layouts.ts";
export { fipsToIso3 } from "./fips.ts";

export { GDELT_CITATION } from "./citation.ts";
