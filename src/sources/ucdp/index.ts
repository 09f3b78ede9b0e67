/**
 * UCDP GED: the Georeferenced Event Dataset (Uppsala Conflict Data Program), CC BY 4.0. Events are uses of
 * armed force by an organised actor with at least one direct death.
 */
export { ucdpLayouts, DATASET as UCDP_DATASET } from "./layouts.ts";
/** The mapping and checks of GED 19.1+ rows, for other UCDP layouts (the API's records) to reuse. */
export { ged191Mapping, mirrorMapping, ucdpChecks } from "./mapping.ts";
export { GED231_EXTRA, REQUIRED as UCDP_REQUIRED } from "./columns.ts";

/** The citation printed wherever UCDP data are shown. */
export const UCDP_CITATION =
  "UCDP GED, CC BY 4.0. Sundberg, Ralph and Erik Melander (2013). Introducing the UCDP Georeferenced Event Dataset. Journal of Peace Research 50(4); Högbladh, Stina (2019). UCDP GED Codebook version 19.1. Uppsala University; Davies, Shawn, Therése Pettersson and Magnus Öberg (2026). Journal of Peace Research (GED 26.1).";
