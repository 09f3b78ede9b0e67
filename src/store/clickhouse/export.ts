/**
 * The new events of a batch as ClickHouse reads them: CSV files DuckDB writes from `mapped` (../shared/mapped.ts),
 * each one insert (send.ts).
 */
import { MAPPED_FOR_EXPORT } from "../shared/index.ts";
import { sqlString } from "../../sql.ts";
import { EVENT_COLUMNS } from "./migrations.ts";

/**
 * CSV files of about 128 MB before compression (some 100,000 GED events each), gzip-compressed on disk: each insert
 * finishes in seconds, far inside any timeout, and makes one part per shard. One insert per node at a time, and
 * two on a single node, so an unpinned server parses on two cores. The files live in the temp folder (TMPDIR) and
 * go as they are sent; compressed, they take a fraction of the source file's size. CSV, not JSON lines: ClickHouse
 * parses it faster (no key to match per field). (The Debian ClickHouse, 18.16, reads no Parquet.)
 */
const FILE_SIZE = "128MB";

/** A list of strings as a ClickHouse array literal, ['a','b'], with quotes and backslashes escaped. */
export const chArray = (col: string) => `'[' || array_to_string(list_transform(${col}, x -> '''' || replace(replace(x, '\\', '\\\\'), '''', '\\''') || ''''), ',') || ']'`;

/**
 * The new events as ClickHouse reads them from CSV, in the events table's column order: every value quoted, so
 * none is mistaken for another kind; NULL as \N; lists as array literals.
 */
export const exportSql = (dir: string) => `COPY (SELECT ${EVENT_COLUMNS.map(([n, t]) => (t.startsWith("Array") ? `${chArray(n)} AS ${n}` : n)).join(", ")} FROM (${MAPPED_FOR_EXPORT}))
  TO ${sqlString(dir)} (FORMAT csv, HEADER false, FORCE_QUOTE *, NULLSTR '\\N', COMPRESSION gzip, FILE_SIZE_BYTES '${FILE_SIZE}')`;
