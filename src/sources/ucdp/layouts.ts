/** The UCDP GED layouts resurgence reads, each recognised by its header. */
import type { Layout } from "../layout.ts";
import { GED191, GED231_EXTRA, HDX_EXTRA, MIRROR, REQUIRED } from "./columns.ts";
import { ged191Mapping, hdxMapping, mirrorMapping, ucdpChecks } from "./mapping.ts";

export const DATASET = "ucdp-ged";

/** An HXL hashtag with attributes, e.g. `#group+name+first` (hxlstandard.org): lower case, letters, digits, _. */
const HXL_TAG = "#[a-z][a-z0-9_]*(\\s*\\+[a-z][a-z0-9_]*)*";

export function ucdpLayouts(maxYear: number): Layout[] {
  return [
    {
      dataset: DATASET,
      name: "ged-hdx-45",
      version: "19.1",
      description: "UCDP GED per-country file as redistributed on HDX (45 columns, HXL tag row on line 2)",
      read: { kind: "csv", delim: ",", header: true },
      required: [...REQUIRED],
      signature: { present: [...HDX_EXTRA] },
      // The HXL row tags year, side_a and best with hashtags; an Excel error (#N/A, #REF!) in a real row is no tag,
      // so that row is read and quarantined, never dropped unseen.
      skipWhen: `COALESCE(TRIM(s."id"), '') = '' AND ${["year", "side_a", "best"].map((c) => `regexp_full_match(TRIM(s."${c}"), '${HXL_TAG}')`).join(" AND ")}`,
      iso3MustMatchCountry: true,
      mapping: hdxMapping,
      checks: ucdpChecks(maxYear, true),
    },
    {
      dataset: DATASET,
      name: "ged-49",
      version: "23.1",
      description: "UCDP GED 23.1 and later (49 columns with relid and the *_dset_id columns)",
      read: { kind: "csv", delim: ",", header: true },
      required: [...REQUIRED],
      signature: { present: [...GED231_EXTRA] },
      mapping: ged191Mapping,
      checks: ucdpChecks(maxYear, true),
    },
    {
      dataset: DATASET,
      name: "ged191-41",
      version: "19.1",
      description: "UCDP GED 19.1 (41 columns)",
      read: { kind: "csv", delim: ",", header: true },
      required: [...REQUIRED],
      signature: { present: [...GED191], absent: ["relid", "iso3"] },
      mapping: ged191Mapping,
      checks: ucdpChecks(maxYear, true),
    },
    {
      dataset: DATASET,
      name: "ged-mirror-json",
      version: "26.1+candidate",
      description: "GED merged with Candidate Events, reshaped as JSON with an events[] array (15 fields)",
      read: { kind: "json", arrayKey: "events" },
      required: [...MIRROR],
      signature: { present: [...MIRROR] },
      mapping: mirrorMapping,
      checks: ucdpChecks(maxYear, false),
    },
  ];
}
