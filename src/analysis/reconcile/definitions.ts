/** What each dataset counts, in words a journalist understands. */
import { messages } from "../../messages/index.ts";

export const DATASET_NAMES: Record<string, string> = {
  "ucdp-ged": "UCDP GED",
  gdelt: "GDELT",
  acled: "ACLED",
  gtd: "GTD",
};

/** What each dataset counts, in English (the catalogue holds them, with their Dutch). */
export const DATASET_DEFINITIONS: Record<string, string> = messages("en").reconcile.definitions;

export function datasetName(d: string): string {
  return DATASET_NAMES[d] ?? d;
}
