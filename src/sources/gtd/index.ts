/**
 * GTD: the Global Terrorism Database (START, University of Maryland), terrorist attacks 1970 onwards. Its terms
 * forbid redistributing its rows: resurgence ships none, only hand-written fixtures.
 */
export { gtdLayouts, DATASET as GTD_DATASET } from "./layouts.ts";

export { GTD_CITATION } from "./citation.ts";
