/**
 * The layouts of the files `resurgence sync ucdp` writes: the API's records under `Result`, as the API gives
 * them (GED 23.1+ field names). They reuse UCDP GED's mapping and checks; two things differ:
 * - the API may leave `date_prec` empty (older versions served through it): the precision then comes from the
 *   span, as for the JSON mirror, instead of leaving a row the store cannot hold;
 * - candidate records carry `annual_release` and `annual_end`, and one more rule quarantines every candidate
 *   event that starts on or before the annual release's last covered day ("superseded"), so an event is never
 *   counted from both the annual release and a candidate release.
 */
import type { Check, Layout, Mapping } from "../layout.ts";
import { messages, templateParts } from "../../messages/index.ts";
import { lit, reasonSql } from "../reasons.ts";
import { isoDate, shown, val } from "../sql-fragments.ts";
import { GED231_EXTRA, UCDP_DATASET, UCDP_REQUIRED, ged191Mapping, mirrorMapping, ucdpChecks } from "../ucdp/index.ts";
import { CANDIDATE_MARKS, RESULT_KEY } from "./columns.ts";

export const API_LAYOUT = "ucdp-api-json";
export const CANDIDATE_LAYOUT = "ucdp-api-candidate-json";

/** The reason every superseded candidate event is quarantined with starts with this (the template's fixed start). */
export const SUPERSEDED = String(templateParts(messages("en").rejectReasons.superseded)[0]).trim();

const mapping: Mapping = {
  ...ged191Mapping,
  date_precision: `COALESCE(${ged191Mapping.date_precision}, ${mirrorMapping.date_precision})`,
};

const candidateChecks: Check[] = [
  {
    when: `${isoDate("annual_end")} IS NULL`,
    reason: reasonSql("notSyncDate", lit("annual_end"), shown("annual_end")),
  },
  {
    when: `${isoDate("date_start")} <= ${isoDate("annual_end")}`,
    reason: reasonSql("superseded", `COALESCE(${val("annual_release")}, '?')`, `COALESCE(${val("annual_end")}, '?')`),
  },
];

/** The UCDP API layouts; the candidate layout comes first because its records also carry every GED field. */
export function ucdpApiLayouts(maxYear: number): Layout[] {
  const checks = ucdpChecks(maxYear, true);
  const base = {
    dataset: UCDP_DATASET,
    read: { kind: "json" as const, arrayKey: RESULT_KEY },
    required: [...UCDP_REQUIRED],
    mapping,
  };
  return [
    {
      ...base,
      name: CANDIDATE_LAYOUT,
      // resurgence sync passes "<version>-candidate"; a hand-made file says it with --dataset-version.
      version: "candidate",
      description: "UCDP API candidate events written by resurgence sync (Result[] with annual_release, annual_end)",
      signature: { present: [...GED231_EXTRA, ...CANDIDATE_MARKS] },
      checks: [...checks, ...candidateChecks],
    },
    {
      ...base,
      name: API_LAYOUT,
      version: "api",
      description: "UCDP API gedevents response (Result[] of GED 23.1+ records)",
      signature: { present: [...GED231_EXTRA], absent: [...CANDIDATE_MARKS] },
      checks,
    },
  ];
}
