/** What each dataset counts, in words a journalist understands. */
export const DATASET_NAMES: Record<string, string> = {
  "ucdp-ged": "UCDP GED",
  gdelt: "GDELT",
  acled: "ACLED",
  gtd: "GTD",
};

export const DATASET_DEFINITIONS: Record<string, string> = {
  "ucdp-ged":
    "counts uses of armed force that killed at least one person, with the group on either side — so it includes fighting government forces started against the group, and leaves out attacks that killed no one",
  gdelt:
    "codes news reports by machine; an 'attack' is a report coded as assault, fight or mass violence with the group as the actor, re-reports of the same event collapsed — a count of coverage as much as of events",
  acled:
    "counts political-violence events (battles, violence against civilians, explosions and remote violence) whether or not anyone died, with the group on either side",
  gtd: "counts incidents meeting its terrorism criteria, attributed to the group as perpetrator, whether or not anyone died",
};

export function datasetName(d: string): string {
  return DATASET_NAMES[d] ?? d;
}
