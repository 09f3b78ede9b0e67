/** The fields of the UCDP API's GED records (versions 23.1 and later), in the order the API writes them. */
export const API_FIELDS = [
  "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
  "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
  "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office", "source_date",
  "source_headline", "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
  "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
  "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
  "gwnoa", "gwnob",
] as const;

/**
 * The two fields `resurgence sync` adds to every candidate record it writes: the annual release whose
 * coverage wins, and the last day that release covers. The candidate layout's check reads them.
 */
export const CANDIDATE_MARKS = ["annual_release", "annual_end"] as const;

/** The top-level key holding the records, as in the API's own response. */
export const RESULT_KEY = "Result";
