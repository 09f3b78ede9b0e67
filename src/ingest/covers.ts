/**
 * `--covers FROM..TO` (CLI) and `covers=` (API): the days a file states it covers, whatever days its events
 * fall on, so a quiet month at a file's edge is covered and the days between two files are not.
 */
import { parsePeriod } from "../periods/index.ts";

/** The declared span, inclusive YYYY-MM-DD. */
export interface Covers {
  first: string;
  last: string;
}

/**
 * Parses any period form (`2010-01-01..2010-12-31`, `2010`, `2014-H1..2014-Q3`).
 *
 * @throws UsageError for a text that is not a period.
 * @example
 * parseCovers("2010"); // { first: "2010-01-01", last: "2010-12-31" }
 */
export function parseCovers(text: string): Covers {
  const p = parsePeriod(text);
  return { first: p.start, last: p.end };
}
