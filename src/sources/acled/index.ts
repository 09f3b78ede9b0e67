/**
 * ACLED: the Armed Conflict Location & Event Data Project. Political violence and protest events coded by
 * hand from reports. Its terms forbid redistributing its rows: resurgence ships none, only hand-written fixtures.
 */
export { acledLayouts, DATASET as ACLED_DATASET } from "./layouts.ts";

export { ACLED_CITATION } from "./citation.ts";
