/** The GDELT 2.0 Event export layout: 61 tab-separated fields, no header (daily and 15-minute files alike). */
import type { Layout } from "../layout.ts";
import { GDELT_EVENT_COLUMNS } from "./columns.ts";
import { gdeltChecks, gdeltMapping } from "./mapping.ts";

export const DATASET = "gdelt";

export function gdeltLayouts(maxYear: number): Layout[] {
  return [
    {
      dataset: DATASET,
      name: "gdelt-events-61",
      version: "2.0",
      description: "GDELT 2.0 Event export (61 tab-separated fields, no header)",
      read: { kind: "csv", delim: "\t", header: false, columns: [...GDELT_EVENT_COLUMNS], quote: "" },
      required: [...GDELT_EVENT_COLUMNS],
      signature: { present: [...GDELT_EVENT_COLUMNS], firstLine: /^\d+\t\d{8}\t/ },
      mapping: gdeltMapping,
      checks: gdeltChecks(maxYear),
    },
  ];
}
