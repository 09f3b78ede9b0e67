/** Dataset name → the citation its owner asks for. */
import { ACLED_CITATION } from "./acled/index.ts";
import { GDELT_CITATION } from "./gdelt/index.ts";
import { GTD_CITATION } from "./gtd/index.ts";
import { UCDP_CITATION } from "./ucdp/index.ts";

export const CITATIONS: Record<string, string> = {
  "ucdp-ged": UCDP_CITATION,
  gdelt: GDELT_CITATION,
  acled: ACLED_CITATION,
  gtd: GTD_CITATION,
};
