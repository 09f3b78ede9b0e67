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

const RECORDS_DEATHS = new Map<string, boolean>();

/**
 * Whether a dataset records deaths: false where every layout of it maps none (GDELT codes news reports, not
 * tolls), so its deaths read 0 and the counting rule says why. A dataset no layout knows is taken to record them.
 */
export function recordsDeaths(dataset: string): boolean {
  let known = RECORDS_DEATHS.get(dataset);
  if (known === undefined) {
    const own = allLayouts().filter((l) => l.dataset === dataset);
    known = own.length === 0 || own.some((l) => l.mapping.deaths_best !== "NULL");
    RECORDS_DEATHS.set(dataset, known);
  }
  return known;
}

/** Every layout of every source, in detection order; `now` bounds plausible years. */
export function allLayouts(now: Date = new Date()): Layout[] {
  const maxYear = now.getUTCFullYear() + 1;
  return [...ucdpLayouts(maxYear), ...ucdpApiLayouts(maxYear), ...gdeltLayouts(maxYear), ...acledLayouts(maxYear), ...gtdLayouts(maxYear)];
}
export { reasonSql, lit, type ReasonKey } from "./reasons.ts";
