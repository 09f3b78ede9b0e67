/** How much memory DuckDB may use before it spills. */
import { totalmem } from "node:os";

/**
 * DuckDB's buffer memory for a store's ingest (the DuckDB store's own, or the ClickHouse store's staging), past
 * which it spills to disk: a quarter of the machine's memory (at least 1 GB); for the DuckDB store,
 * RESURGENCE_MEMORY_LIMIT may say otherwise. DuckDB's own default (80%) let an ingest take most of a laptop. The
 * limit is what bounds an ingest: with 1 GB, 1.5 GB RSS for 300k GED rows and for 600k alike (measured); but 10M
 * rows then spill their staging and take 2.3 times as long as with 4 GB (measured).
 */
export function defaultMemoryLimit(total = totalmem()): string {
  return `${Math.max(1024, Math.floor(total / 4 / 2 ** 20))}MB`;
}
