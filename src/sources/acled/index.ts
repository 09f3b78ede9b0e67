/**
 * ACLED: the Armed Conflict Location & Event Data Project. Political violence and protest events coded by
 * hand from reports. Its terms forbid redistributing its rows: resurgence ships none, only hand-written fixtures.
 */
export { acledLayouts, DATASET as ACLED_DATASET } from "./layouts.ts";

/** The citation ACLED asks for wherever its data are shown. */
export const ACLED_CITATION =
  "Armed Conflict Location & Event Data Project (ACLED). Raleigh, Clionadh, Andrew Linke, Håvard Hegre and Joakim Karlsen (2010). Introducing ACLED: An Armed Conflict Location and Event Dataset. Journal of Peace Research 47(5): 651-660.";
