/** The columns of an ACLED export as users download it (2023 and later: 31 columns). */
export const ACLED_EXPORT = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
  "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
] as const;

/** The columns the mapping reads; an export with fewer extras (no disorder_type, tags, ...) still loads. */
export const REQUIRED = [
  "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2",
  "iso", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "fatalities",
] as const;

/** What tells an ACLED export apart from every other layout. */
export const SIGNATURE = ["event_id_cnty", "event_date", "event_type", "actor1", "inter1", "fatalities"] as const;
