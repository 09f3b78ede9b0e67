/**
 * What a GED release states it covers, from its codebook (GED 19.1: 1989 through 2018). Only releases whose
 * span is stated are here; a candidate release or a third party's reshaping is not.
 */
import { DATASET } from "./layouts.ts";

export const GED_RELEASES: Readonly<Record<string, { first: string; last: string }>> = {
  "19.1": { first: "1989-01-01", last: "2018-12-31" },
};

/** The span a release of `dataset` at `version` states it covers, when known. */
export function gedRelease(dataset: string, version: string): { first: string; last: string } | undefined {
  return dataset === DATASET ? GED_RELEASES[version] : undefined;
}
