/**
 * Versioned schema migrations for the DuckDB store. Each runs once, in order, in its own transaction, and is
 * recorded in schema_migrations; a store written by a newer resurgence is refused rather than guessed at.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string[];
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: "events, batches, rejects",
    sql: [
      `CREATE TABLE events (
        id VARCHAR NOT NULL,
        dataset VARCHAR NOT NULL,
        dataset_version VARCHAR NOT NULL,
        source_event_id VARCHAR NOT NULL,
        date_start DATE NOT NULL,
        date_end DATE NOT NULL,
        date_precision VARCHAR NOT NULL,
        date_precision_rank TINYINT NOT NULL,
        country_iso3 VARCHAR,
        country_name VARCHAR,
        admin1 VARCHAR,
        admin2 VARCHAR,
        place_name VARCHAR,
        latitude DOUBLE,
        longitude DOUBLE,
        place_precision VARCHAR NOT NULL,
        side_a VARCHAR,
        side_b VARCHAR,
        side_a_actor_ids VARCHAR[] NOT NULL,
        side_b_actor_ids VARCHAR[] NOT NULL,
        perpetrator_actor_ids VARCHAR[] NOT NULL,
        target_actor_ids VARCHAR[] NOT NULL,
        violence_type VARCHAR NOT NULL,
        source_violence_type VARCHAR,
        deaths_best INTEGER,
        deaths_low INTEGER,
        deaths_high INTEGER,
        source_count INTEGER,
        source_text VARCHAR,
        batch_id VARCHAR NOT NULL,
        raw JSON NOT NULL
      )`,
      `CREATE TABLE batches (
        batch_id VARCHAR NOT NULL,
        file VARCHAR NOT NULL,
        file_bytes BIGINT NOT NULL,
        dataset VARCHAR NOT NULL,
        dataset_version VARCHAR NOT NULL,
        layout VARCHAR NOT NULL,
        started_at TIMESTAMP NOT NULL,
        finished_at TIMESTAMP NOT NULL,
        rows_read BIGINT NOT NULL,
        loaded BIGINT NOT NULL,
        duplicates BIGINT NOT NULL,
        quarantined BIGINT NOT NULL
      )`,
      `CREATE TABLE rejects (
        batch_id VARCHAR NOT NULL,
        file VARCHAR NOT NULL,
        line BIGINT NOT NULL,
        reason VARCHAR NOT NULL,
        raw VARCHAR
      )`,
    ],
  },
  {
    version: 2,
    name: "reported figures",
    sql: [
      `CREATE TABLE reported (
        id VARCHAR NOT NULL,
        issuer VARCHAR NOT NULL,
        statement_date DATE NOT NULL,
        period_start DATE NOT NULL,
        period_end DATE NOT NULL,
        period_label VARCHAR NOT NULL,
        countries VARCHAR[] NOT NULL,
        actor_id VARCHAR NOT NULL,
        measure VARCHAR NOT NULL,
        value DOUBLE NOT NULL,
        basis VARCHAR,
        source_url VARCHAR,
        provenance VARCHAR NOT NULL,
        added_at TIMESTAMP NOT NULL
      )`,
    ],
  },
  {
    version: 3,
    name: "source versions of living datasets",
    sql: [`ALTER TABLE events ADD COLUMN source_version BIGINT`],
  },
  {
    version: 4,
    name: "coverage spans per batch and country",
    // A store written before spans were kept gets each batch's first..last event per country, marked inferred.
    sql: [
      `CREATE TABLE coverage_spans (
        batch_id VARCHAR NOT NULL,
        dataset VARCHAR NOT NULL,
        dataset_version VARCHAR NOT NULL,
        country_iso3 VARCHAR,
        first_date DATE NOT NULL,
        last_date DATE NOT NULL,
        declared BOOLEAN NOT NULL
      )`,
      `INSERT INTO coverage_spans
       SELECT batch_id, dataset, dataset_version, country_iso3, min(date_start), max(date_start), false
       FROM events GROUP BY batch_id, dataset, dataset_version, country_iso3`,
    ],
  },
  {
    version: 5,
    name: "raw source rows kept columnar beside the store, not as JSON per event",
    // Rows stored before keep their JSON, moved to raw_legacy by event id; new batches name their raw file.
    sql: [
      `CREATE TABLE raw_legacy AS SELECT id, raw FROM events`,
      `ALTER TABLE events DROP COLUMN raw`,
      `ALTER TABLE events ADD COLUMN raw_rec BIGINT`,
      `ALTER TABLE batches ADD COLUMN raw_file VARCHAR`,
    ],
  },
  {
    version: 6,
    name: "an event's words read from its raw row, not written again beside it",
    // Events stored before keep their words in words_legacy by id; a batch now keeps the SQL that reads them from
    // its raw file (BatchRecord.words). source_event_id is the id's part after "<dataset>:".
    sql: [
      `CREATE TABLE words_legacy AS SELECT id, country_name, admin2, place_name, side_a, side_b, source_violence_type, source_text FROM events`,
      ...["source_event_id", "country_name", "admin2", "place_name", "side_a", "side_b", "source_violence_type", "source_text"].map((c) => `ALTER TABLE events DROP COLUMN ${c}`),
      `ALTER TABLE batches ADD COLUMN words_sql VARCHAR`,
    ],
  },
  {
    version: 7,
    name: "a CSV file kept as delivered, with a record index, instead of its records written again as Parquet",
    // rows_sql reads a page of such a batch's records (shared/source-copy.ts); NULL: raw_file is Parquet.
    sql: [`ALTER TABLE batches ADD COLUMN rows_sql VARCHAR`],
  },
];

export const LATEST = migrations[migrations.length - 1]?.version ?? 0;
