/**
 * The days a file covers, per country of its valid records, as the store keeps them with the batch:
 * 1. what the user declares (`ingest --covers`), which must hold every event of the file;
 * 2. else, for a whole release (its events reach into the first and the last month the release states it
 *    covers: sources' releaseSpan), the release's span, so the quiet days at its end are covered;
 * 3. else each country's first to last event in the file, marked inferred (a subset of a release, cut by the
 *    user, covers no more than its events show).
 * Duplicates count: a file covers its days even where the store already held its events.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { UsageError } from "../errors.ts";
import { rows, type BatchSpan } from "../store/index.ts";
import type { Covers } from "./covers.ts";

const month = (day: string) => day.slice(0, 7);

/** Reads the valid rows of `mapped` on `c`. */
export async function fileSpans(c: DuckDBConnection, covers: Covers | undefined, release: Covers | undefined): Promise<BatchSpan[]> {
  const out = await rows(
    c,
    `SELECT country_iso3, strftime(min(date_start), '%Y-%m-%d') AS first, strftime(max(date_start), '%Y-%m-%d') AS last
     FROM mapped WHERE reason IS NULL GROUP BY country_iso3 ORDER BY country_iso3`,
  );
  const inferred = out.map((o) => ({ country_iso3: (o.country_iso3 as string | null) ?? null, first: String(o.first), last: String(o.last) }));
  const first = inferred.map((s) => s.first).sort()[0];
  const last = inferred.map((s) => s.last).sort().at(-1);
  const whole = release && first && last && month(first) === month(release.first) && month(last) === month(release.last) ? release : undefined;
  if (covers && first && last && (first < covers.first || last > covers.last)) {
    // Events outside the declared days would be counted in periods said to have no data.
    throw new UsageError(
      `the file has events from ${first} to ${last}, outside --covers ${covers.first}..${covers.last}`,
      "declare days that hold every event of the file, or leave --covers out to infer them",
    );
  }
  const declared = covers ?? whole;
  return inferred.map((s) => (declared ? { ...s, ...declared, declared: true } : { ...s, declared: false }));
}
