/**
 * GTD: the Global Terrorism Database (START, University of Maryland), terrorist attacks 1970 onwards. Its terms
 * forbid redistributing its rows: resurgence ships none, only hand-written fixtures.
 */
export { gtdLayouts, DATASET as GTD_DATASET } from "./layouts.ts";

/** The citation START asks for wherever GTD data are shown. */
export const GTD_CITATION =
  "National Consortium for the Study of Terrorism and Responses to Terrorism (START), University of Maryland. The Global Terrorism Database (GTD) [data file].";
