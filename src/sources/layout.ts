/**
 * What a source module declares about one file layout: how to recognise it, how DuckDB reads it, and how its
 * rows become canonical events. Mapping is SQL (DuckDB dialect) over the staged all-VARCHAR columns so a
 * million-row file is mapped inside the engine, not row by row in JavaScript; actor and country names are
 * resolved in JavaScript once per distinct value and joined in.
 */

/** How DuckDB reads the file into the staging table (every column VARCHAR). */
export type ReadSpec =
  | {
      kind: "csv";
      delim: string;
      header: boolean;
      /** Column names for a file without a header row. */
      columns?: string[];
      /** The quote character; "" for formats that never quote (GDELT), where a stray " is just a character. */
      quote?: string;
    }
  | {
      kind: "json";
      /** Top-level key holding the array of records; undefined for an array or newline-delimited file. */
      arrayKey?: string;
    };

/** A quarantine rule: rows where `when` (SQL over staging alias `s`) is true are quarantined with `reason`. */
export interface Check {
  when: string;
  /** SQL expression producing the one-line reason; may quote the offending value. */
  reason: string;
}

/** SQL expressions over staging alias `s` (and the resolution joins `sa`, `sb`, `cm`) for each canonical column. */
export interface Mapping {
  source_event_id: string;
  date_start: string;
  date_end: string;
  date_precision: string;
  country_name: string;
  /** An ISO3 the file carries itself; otherwise the country name is resolved. */
  country_iso3?: string;
  admin1: string;
  admin2: string;
  place_name: string;
  latitude: string;
  longitude: string;
  place_precision: string;
  side_a: string;
  side_b: string;
  /** SQL boolean: side A perpetrated the event (its ids go to perpetrator, side B's to target). */
  side_a_is_perpetrator: string;
  violence_type: string;
  source_violence_type: string;
  deaths_best: string;
  deaths_low: string;
  deaths_high: string;
  source_count: string;
  source_text: string;
}

export interface Layout {
  dataset: string;
  /** A short name users see in the summary, e.g. "ged191-41". */
  name: string;
  /** The dataset version this layout implies, unless the user says otherwise. */
  version: string;
  description: string;
  read: ReadSpec;
  /** Columns that must all be present. */
  required: string[];
  /** Columns whose presence (all) or absence (none) tells this layout apart from its siblings. */
  signature: { present: string[]; absent?: string[]; /** For header-less formats: what the first line looks like. */ firstLine?: RegExp };
  /** Rows that are not records at all (e.g. HDX's HXL hashtag row): dropped, reported, not counted as read. */
  skipWhen?: string;
  /**
   * The file carries its own country code (mapping.country_iso3) beside a country name: a code that is no ISO 3166
   * alpha-3 country, or that names another country than the name does, quarantines the row (HDX's iso3).
   */
  iso3MustMatchCountry?: boolean;
  mapping: Mapping;
  checks: Check[];
  /**
   * A living dataset (ACLED) revises and deletes events between exports: `version` is SQL over `s` giving a
   * number that grows with each revision (ACLED's timestamp). Re-importing then updates older events and
   * removes those the export no longer has, within the countries and dates the export covers.
   */
  living?: { version: string };
}
