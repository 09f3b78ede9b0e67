/** Dataset name → the citation its owner asks for (light: the dataset names every question accepts come from here). */
import { ACLED_CITATION } from "./acled/citation.ts";
import { GDELT_CITATION } from "./gdelt/citation.ts";
import { GTD_CITATION } from "./gtd/citation.ts";
import { UCDP_CITATION } from "./ucdp/citation.ts";

export const CITATIONS: Record<string, string> = {
  "ucdp-ged": UCDP_CITATION,
  gdelt: GDELT_CITATION,
  acled: ACLED_CITATION,
  gtd: GTD_CITATION,
};
