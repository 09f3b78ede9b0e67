/**
 * Which column plays which part in each CSV/TSV format, so one damage ("text in a count", "latitude out of
 * range") is written once and applied to every format.
 */
import type { Format } from "./formats.ts";

export interface Roles {
  id: string;
  count: string;
  lat: string;
  lon: string;
  /** A free-text column: where newlines, long text and accents go. */
  text: string;
  /** A required column the mapping reads, dropped or renamed in the header kinds. */
  required: string;
  renamedTo: string;
}

export const ROLES: Record<Exclude<Format, "ged-json">, Roles> = {
  "ged-csv": { id: "id", count: "best", lat: "latitude", lon: "longitude", text: "source_headline", required: "best", renamedTo: "best_estimate" },
  gdelt: { id: "GLOBALEVENTID", count: "NumSources", lat: "ActionGeo_Lat", lon: "ActionGeo_Long", text: "SOURCEURL", required: "SQLDATE", renamedTo: "Date" },
  acled: { id: "event_id_cnty", count: "fatalities", lat: "latitude", lon: "longitude", text: "notes", required: "fatalities", renamedTo: "deaths" },
  gtd: { id: "eventid", count: "nkill", lat: "latitude", lon: "longitude", text: "summary", required: "nkill", renamedTo: "killed" },
};

/** The mirror's fields for the same parts. */
export const JSON_ROLES = { id: "id", count: "best", lat: "latitude", lon: "longitude", text: "source_article", required: "best", renamedTo: "best_estimate" } as const;
