/**
 * How the corpus damages good rows: helpers the kinds share (one file per format, rows with changes, dates in
 * each format's form, a cut last line, garbage bytes, Latin-1 bytes).
 */
import type { Format, JsonEvent, Row } from "./formats.ts";
import { goodEvents, goodRows } from "./formats.ts";

export type CsvFormat = Exclude<Format, "ged-json">;
/** The files of a kind in one format: the format's builder gets the kind's number (its slice of good rows). */
export type Builders = Partial<Record<Format, (k: number) => Array<{ suffix?: string; ext?: string; bytes: Buffer | string }>>>;

export const EXT: Record<Format, string> = { "ged-csv": ".csv", "ged-json": ".json", gdelt: ".export.CSV", acled: ".csv", gtd: ".csv" };
export const CSV: CsvFormat[] = ["ged-csv", "acled", "gtd"];
export const TABULAR: CsvFormat[] = ["ged-csv", "gdelt", "acled", "gtd"];

/** One file per format in `formats`, made by `f`. */
export function each(formats: CsvFormat[], f: (format: CsvFormat, k: number) => Buffer | string): Builders {
  return Object.fromEntries(formats.map((format) => [format, (k: number) => [{ bytes: f(format, k) }]]));
}

export function json(f: (k: number) => Buffer | string): Builders {
  return { "ged-json": (k: number) => [{ bytes: f(k) }] };
}

/** Rows with some changed: `changes[i]` is merged into row i. */
export function damaged(format: CsvFormat, k: number, n: number, changes: Record<number, Row>): Row[] {
  return goodRows(format, k, n).map((r, i) => ({ ...r, ...changes[i] }));
}

export function events(k: number, n: number, changes: Record<number, JsonEvent>): JsonEvent[] {
  return goodEvents(k, n).map((e, i) => ({ ...e, ...changes[i] }));
}

/** The format's dates of a row, set to the given calendar parts (GTD writes year, month and day apart). */
export function dateOf(format: CsvFormat, y: string, m: string, d: string, endBeforeStart = false): Row {
  switch (format) {
    case "ged-csv":
      return { date_start: `${y}-${m}-${d}`, date_end: endBeforeStart ? `${y}-${m}-01` : `${y}-${m}-${d}` };
    case "gdelt":
      return { SQLDATE: `${y}${m}${d}` };
    case "acled":
      return { event_date: `${y}-${m}-${d}` };
    case "gtd":
      return { iyear: y.replace(/^0+/, ""), imonth: String(Number(m)), iday: String(Number(d)) };
    default:
      throw new Error(`no dates for ${String(format satisfies never)}`);
  }
}

/** Cuts a text after the `n`-th delimiter of its last line, plus a few characters of the field after it. */
export function cutLastLine(text: string, delim: string, n: number): string {
  const start = text.lastIndexOf("\n", text.length - 2) + 1;
  let at = start;
  for (let i = 0; i < n; i++) at = text.indexOf(delim, at) + 1;
  return text.slice(0, at + 2);
}

/** A deterministic mess of bytes (a small LCG; no real file looks like this). */
export function garbage(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

/** Latin-1 bytes of a text; characters Latin-1 lacks become "?". */
export const latin1 = (s: string) => Buffer.from([...s].map((ch) => (ch.charCodeAt(0) > 0xff ? "?" : ch)).join(""), "latin1");
