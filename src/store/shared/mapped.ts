/**
 * The temp view `mapped`: what an ingest leaves on the DuckDB connection a store hands it (see ../batch.ts),
 * and all a store reads of a file. One row per record, in file order:
 *   rec (0-based record number), reason (NULL when valid, else why it is quarantined), the canonical event's
 *   columns (id, dataset, dataset_version, source_event_id, date_start, date_end, date_precision, country_iso3,
 *   country_name, admin1, admin2, place_name, latitude, longitude, place_precision, side_a, side_b,
 *   side_a_actor_ids, side_b_actor_ids, perpetrator_actor_ids, target_actor_ids, violence_type,
 *   source_violence_type, deaths_best, deaths_low, deaths_high, source_count, source_text), batch_id and
 *   source_version (living datasets' revision, else NULL). The raw rows are in the batch's raw file, as the
 *   temp view `raw_rows` (rec, raw JSON) shows them.
 * Both stores select from it with the SQL here, so they keep the same rows.
 */

/**
 * An event's words: what it is called and what the source said, shown with it but never filtered or counted on.
 * (Its `source_event_id` is the part of its id after "<dataset>:".)
 */
export const WORD_COLUMNS = ["country_name", "admin2", "place_name", "side_a", "side_b", "source_violence_type", "source_text"] as const;
export type WordColumn = (typeof WORD_COLUMNS)[number];

export const PRECISION_RANK = `CASE date_precision WHEN 'day' THEN 1 WHEN 'days' THEN 2 WHEN 'week' THEN 3 WHEN 'month' THEN 4 ELSE 5 END`;

/**
 * The valid rows of `mapped`, the first of each id in file order (later copies in the same file are duplicates).
 * Only ids that occur more than once are grouped: a window over every wide row would sort the whole file.
 */
export const FIRST_VALID = `SELECT m.* FROM mapped m
  LEFT JOIN (SELECT id, min(rec) AS first_rec FROM mapped WHERE reason IS NULL GROUP BY id HAVING count(*) > 1) d ON d.id = m.id
  WHERE m.reason IS NULL AND (d.id IS NULL OR m.rec = d.first_rec)`;

/**
 * Rows of `mapped` as plain columns for a store outside this DuckDB, with their raw rows: dates as YYYY-MM-DD
 * strings, `raw` as a JSON string, counts as INTEGER exactly as the DuckDB events table holds them. `where` (SQL
 * over `m`, the mapped row, and `r`, its raw row) picks the rows: the new events, or a part of them.
 */
export const mappedForExport = (where: string): string => `SELECT id, dataset, dataset_version, source_event_id, strftime(date_start, '%Y-%m-%d') AS date_start,
    strftime(date_end, '%Y-%m-%d') AS date_end, date_precision, ${PRECISION_RANK} AS date_precision_rank,
    country_iso3, country_name, admin1, admin2, place_name, latitude, longitude, place_precision,
    side_a, side_b, side_a_actor_ids, side_b_actor_ids, perpetrator_actor_ids, target_actor_ids,
    violence_type, source_violence_type, deaths_best::INTEGER AS deaths_best, deaths_low::INTEGER AS deaths_low,
    deaths_high::INTEGER AS deaths_high, source_count::INTEGER AS source_count, source_text, batch_id, r.raw::VARCHAR AS raw
  FROM mapped m JOIN raw_rows r ON r.rec = m.rec WHERE ${where}`;
