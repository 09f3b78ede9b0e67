/** The column lists of UCDP GED's layouts, as the files write them. */

/** GED 19.1 (the Syria all-events file): 41 columns. */
export const GED191 = [
  "id", "year", "active_year", "type_of_violence", "conflict_new_id", "conflict_name", "dyad_new_id", "dyad_name",
  "side_a_new_id", "side_a", "side_b_new_id", "gwnob", "side_b", "number_of_sources", "source_article", "source_office",
  "source_date", "source_headline", "source_original", "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude",
  "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start",
  "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high",
] as const;

/** The HDX per-country redistribution: GED plus start_year, end_year, iso3 (45 columns, line 2 an HXL row). */
export const HDX_EXTRA = ["start_year", "end_year", "iso3", "gwnoa"] as const;

/** GED 23.1 and later: 49 columns with relid, code_status and the *_dset_id columns. */
export const GED231_EXTRA = ["relid", "code_status", "conflict_dset_id", "dyad_dset_id", "side_a_dset_id", "side_b_dset_id", "where_description"] as const;

/** The columns every UCDP layout must have for an event to be mapped. */
export const REQUIRED = [
  "id", "type_of_violence", "side_a", "side_b", "country", "date_start", "date_end", "latitude", "longitude", "best",
] as const;

/** The fields the JSON mirror keeps (GED 26.1 + candidate events, reshaped by a third party). */
export const MIRROR = [
  "id", "date_start", "date_end", "latitude", "longitude", "country", "region", "best", "low", "high",
  "type_of_violence", "side_a", "side_b", "where_coordinates", "source_article",
] as const;
