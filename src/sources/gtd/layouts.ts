/** The GTD layout: the distributed file (135 columns) saved as CSV, recognised by its header. */
import type { Layout } from "../layout.ts";
import { REQUIRED, SIGNATURE } from "./columns.ts";
import { gtdChecks, gtdMapping } from "./mapping.ts";

export const DATASET = "gtd";

export function gtdLayouts(maxYear: number): Layout[] {
  return [
    {
      dataset: DATASET,
      name: "gtd-135",
      // The layout is the same across releases; pass --dataset-version with the release (e.g. 0522dist).
      version: "dist",
      description: "Global Terrorism Database file saved as CSV (eventid, iyear, imonth, iday, gname, attacktype1_txt, ...)",
      read: { kind: "csv", delim: ",", header: true },
      required: [...REQUIRED],
      signature: { present: [...SIGNATURE] },
      mapping: gtdMapping,
      checks: gtdChecks(maxYear),
    },
  ];
}
