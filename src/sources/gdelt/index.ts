/**
 * GDELT 2.0 Event Database: machine-coded events from world news (CAMEO codes), free and open. One record per
 * news report of an event; resurgence collapses re-reports (see mapping.ts) and keeps CAMEO roots 18–20 as attacks.
 */
export { gdeltLayouts, DATASET as GDELT_DATASET } from "./layouts.ts";
export { fipsToIso3 } from "./fips.ts";

/** The citation printed wherever GDELT data are shown. */
export const GDELT_CITATION =
  "The GDELT Project, GDELT 2.0 Event Database. Leetaru, Kalev and Philip A. Schrodt (2013). GDELT: Global Data on Events, Location and Tone, 1979-2012. International Studies Association Annual Convention.";
