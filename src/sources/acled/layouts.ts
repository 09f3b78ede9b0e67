/** The ACLED export layout, recognised by its header. */
import type { Layout } from "../layout.ts";
import { REQUIRED, SIGNATURE } from "./columns.ts";
import { acledChecks, acledMapping } from "./mapping.ts";

export const DATASET = "acled";

export function acledLayouts(maxYear: number): Layout[] {
  return [
    {
      dataset: DATASET,
      name: "acled-export",
      // ACLED is a living dataset without release numbers; pass --dataset-version with the download date.
      version: "export",
      description: "ACLED export as downloaded (CSV with event_id_cnty, event_date, event_type, actor1, inter1, fatalities, ...)",
      read: { kind: "csv", delim: ",", header: true },
      required: [...REQUIRED],
      signature: { present: [...SIGNATURE] },
      mapping: acledMapping,
      checks: acledChecks(maxYear),
      living: { version: `TRY_CAST(NULLIF(TRIM(s."timestamp"), '') AS BIGINT)` },
    },
  ];
}
