/**
 * Sources: one folder per dataset, each declaring its layouts (recognition, reading, SQL mapping to the
 * canonical event, quarantine rules). `allLayouts` is the dispatch table ingest searches.
 */
import type { Layout } from "./layout.ts";
import { acledLayouts } from "./acled/index.ts";
import { gdeltLayouts } from "./gdelt/index.ts";
import { gtdLayouts } from "./gtd/index.ts";
import { gedRelease, ucdpLayouts } from "./ucdp/index.ts";
import { ucdpApiLayouts } from "./ucdp-api/index.ts";

export type { Layout, Mapping, Check, ReadSpec } from "./layout.ts";
export { detectLayout, type Detected } from "./detect.ts";
export { UCDP_CITATION, UCDP_DATASET } from "./ucdp/index.ts";
export { GDELT_CITATION } from "./gdelt/index.ts";
export { ACLED_CITATION } from "./acled/index.ts";
export { GTD_CITATION } from "./gtd/index.ts";
export { CITATIONS } from "./citations.ts";

/** The days a release of `dataset` at `version` states it covers, when its source knows them. */
export function releaseSpan(dataset: string, version: string): { first: string; last: string } | undefined {
  return gedRelease(dataset, version);
}

/** Every layout of every source, in detection order; `now` bounds plausible years. */
export function allLayouts(now: Date = new Date()): Layout[] {
  const maxYear = now.getUTCFullYear() + 1;
  return [...ucdpLayouts(maxYear), ...ucdpApiLayouts(maxYear), ...gdeltLayouts(maxYear), ...acledLayouts(maxYear), ...gtdLayouts(maxYear)];
}
