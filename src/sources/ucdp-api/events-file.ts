/**
 * Writes one version's cached pages as the file the store ingests: `{"source": ..., "Result": [...]}`, the
 * API's own shape, so the `ucdp-api-json` layouts read it with DuckDB's JSON reader and every record goes through
 * the same checks, quarantine, dedup and accounting as any file. Records are kept as the API sent them except
 * that a midnight time on date_start/date_end ("2023-01-05T00:00:00") is cut to the day, the form UCDP's files
 * use; the pages themselves stay untouched in the cache. Pages are streamed one at a time.
 */
import { appendFile, rename, writeFile } from "node:fs/promises";
import type { Downloaded } from "./download.ts";
import { RESULT_KEY } from "./columns.ts";
import { isCalendarDay } from "./day.ts";
import type { ApiRecord } from "./response.ts";
import { UpstreamError } from "./upstream-error.ts";

export interface EventsFile {
  file: string;
  records: number;
  /** The latest valid date_end among the records: the coverage end an annual release shows for this query. */
  lastDateEnd?: string;
}

const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00:00(\.0+)?Z?$/;

function day(v: unknown): unknown {
  return typeof v === "string" ? v.replace(MIDNIGHT, "$1") : v;
}

/** Writes `file` from the cached pages, adding `marks` to every record (the candidate fields). */
export async function writeEventsFile(d: Downloaded, file: string, source: string, marks: Record<string, string> = {}): Promise<EventsFile> {
  const tmp = `${file}.tmp`;
  await writeFile(tmp, `{"source":${JSON.stringify(source)},"${RESULT_KEY}":[`);
  let records = 0;
  let lastDateEnd: string | undefined;
  for (let p = 0; p < d.totalPages; p++) {
    const page = await d.cache.page(p);
    if (!page) throw new UpstreamError(`page ${p} of ${source} vanished from ${d.cache.dir}`, "run the same command again");
    const lines = page.Result.map((r: ApiRecord) => {
      const out = { ...r, date_start: day(r.date_start), date_end: day(r.date_end), ...marks };
      if (isCalendarDay(out.date_end) && (!lastDateEnd || out.date_end > lastDateEnd)) lastDateEnd = out.date_end;
      return JSON.stringify(out);
    });
    if (lines.length > 0) await appendFile(tmp, (records > 0 ? ",\n" : "\n") + lines.join(",\n"));
    records += lines.length;
  }
  await appendFile(tmp, "\n]}\n");
  if (records !== d.totalCount) {
    throw new UpstreamError(`the pages of ${source} hold ${records} events but the API announced ${d.totalCount}`, "run the same command with --fresh to fetch them again");
  }
  await rename(tmp, file);
  return { file, records, lastDateEnd };
}
