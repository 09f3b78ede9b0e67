/**
 * UCDP GED: the Georeferenced Event Dataset (Uppsala Conflict Data Program), CC BY 4.0. Events are uses of
 * armed force by an organised actor with at least one direct death.
 */
export { ucdpLayouts, DATASET as UCDP_DATASET } from "./layouts.ts";
/** The mapping and checks of GED 19.1+ rows, for other UCDP layouts (the API's records) to reuse. */
export { ged191Mapping, mirrorMapping, ucdpChecks } from "./mapping.ts";
export { GED231_EXTRA, REQUIRED as UCDP_REQUIRED } from "./columns.ts";

export { UCDP_CITATION } from "./citation.ts";
export { gedRelease } from "./releases.ts";
