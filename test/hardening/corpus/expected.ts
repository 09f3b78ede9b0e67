/**
 * What ingest must do with each corpus file, written by hand from the rules (not recorded from a run): either
 * the file loads with the stated accounting and quarantined lines, or it is refused with a one-line error.
 * Lines are physical lines for CSV/TSV files and the record's position in the array for JSON.
 */
import type { Format } from "./formats.ts";

export type Reject = [line: number, reason: RegExp];
export interface Loads {
  read: number;
  loaded: number;
  duplicates: number;
  rejects: Reject[];
  /** What else holds, for the README. */
  note?: string;
}
export interface Refused {
  refused: RegExp;
  /** The line the error names, when it names one. */
  line?: number;
  /** The error in a few words, for the README. */
  gist: string;
}
export type Expected = Loads | Refused;

export const isRefused = (e: Expected): e is Refused => "refused" in e;

const loads = (read: number, loaded: number, rejects: Reject[] = [], duplicates = 0, note?: string): Loads => ({ read, loaded, duplicates, rejects, note });
const refused = (re: RegExp, gist: string, line?: number): Refused => ({ refused: re, gist, line });

/** Line of data record `i` (0-based): after a header row, or from line 1 in GDELT, or the JSON record number. */
const L = (format: Format, i: number) => (format === "gdelt" || format === "ged-json" ? i + 1 : i + 2);
const CSV = ["ged-csv", "acled", "gtd"] as const;
const TABULAR = ["ged-csv", "gdelt", "acled", "gtd"] as const;
const ALL = ["ged-csv", "ged-json", "gdelt", "acled", "gtd"] as const;
const COUNT: Record<Format, string> = { "ged-csv": "best", "ged-json": "best", gdelt: "NumSources", acled: "fatalities", gtd: "nkill" };
const LAT: Record<Format, string> = { "ged-csv": "latitude", "ged-json": "latitude", gdelt: "ActionGeo_Lat", acled: "latitude", gtd: "latitude" };
const LON: Record<Format, string> = { "ged-csv": "longitude", "ged-json": "longitude", gdelt: "ActionGeo_Long", acled: "longitude", gtd: "longitude" };
const ID: Record<Format, string> = { "ged-csv": "id", "ged-json": "id", gdelt: "GLOBALEVENTID", acled: "event_id_cnty", gtd: "eventid" };

function per<F extends Format>(formats: readonly F[], f: (format: F) => Expected): Partial<Record<Format, Expected>> {
  return Object.fromEntries(formats.map((x) => [x, f(x)]));
}

const malformedJson = refused(/Malformed JSON/, "DuckDB's JSON error: byte offset and what is wrong");

/** kind → format → expected outcome; a file of the duplicate kind across files is keyed "<kind>-a" / "-b". */
export const EXPECTED: Record<string, Partial<Record<Format, Expected>>> = {
  "truncated-mid-record": {
    ...per(TABULAR, (f) => loads(3, 2, [[L(f, 2), /^missing columns: the row has \d+ fields; the layout has \d+$/]])),
    "ged-json": malformedJson,
  },
  "truncated-mid-quoted-field": {
    ...per(CSV, () => refused(/a quoted field opened on line 4 never closes: the file is cut short, or a quote is unbalanced/, "a quoted field that never closes, by its line", 4)),
    "ged-json": malformedJson,
  },
  "numbers-out-of-range": per(ALL, (f) =>
    loads(4, 1, [
      [L(f, 1), new RegExp(`^${COUNT[f]} "99999999999" is larger than 2147483647$`)],
      [L(f, 2), new RegExp(`^${COUNT[f]} "1.5" is not a whole number >= 0$`)],
      [L(f, 3), new RegExp(`^${COUNT[f]} "-3" is not a whole number >= 0$`)],
    ]),
  ),
  "semicolon-delimited": {
    ...per(CSV, () => refused(/separates its fields with semicolons, not commas: it looks like/, "fields separated by semicolons, not commas", 1)),
    gdelt: refused(/separates its fields with commas, not tabs: it looks like GDELT/, "fields separated by commas, not tabs", 1),
  },
  "tab-delimited": per(CSV, () => refused(/separates its fields with tabs, not commas/, "fields separated by tabs, not commas", 1)),
  "missing-column": {
    ...per(["ged-csv", "ged-json", "acled", "gtd"] as const, (f) => refused(new RegExp(`columns are missing: ${COUNT[f]}(?![\\w,])`), "the closest layout and the missing column", 1)),
    gdelt: refused(/has 58 tab-separated fields on line 1, not the 61 of GDELT/, "58 fields, not GDELT's 61", 1),
  },
  "renamed-column": {
    ...per(["ged-csv", "ged-json", "acled", "gtd"] as const, (f) => refused(new RegExp(`columns are missing: ${COUNT[f]}(?![\\w,])`), "the closest layout and the missing column", 1)),
    gdelt: refused(/starts with a header row, which GDELT 2.0 Event export .* does not have/, "a header row GDELT files do not have", 1),
  },
  "wrong-types": {
    ...per(["ged-csv", "gdelt", "gtd"] as const, (f) =>
      loads(4, 1, [
        [L(f, 1), new RegExp(`^${COUNT[f]} "many" is not a whole number >= 0$`)],
        [L(f, 2), new RegExp(`^${LAT[f]} "north" is not a latitude in -90..90$`)],
        [L(f, 3), new RegExp(`^${ID[f]} "abc" is not a (whole number|12-digit GTD id)$`)],
      ]),
    ),
    acled: loads(4, 2, [[3, /^fatalities "many" is not a whole number >= 0$/], [4, /^latitude "north" is not a latitude/]], 0, "id `abc` loads: ACLED ids are text"),
    "ged-json": loads(5, 1, [
      [2, /^best "many" is not a whole number >= 0$/],
      [3, /^latitude "north" is not a latitude/],
      [4, /^id "abc" is not a whole number$/],
      [5, /^best "1.5" is not a whole number >= 0$/],
    ]),
  },
  "impossible-dates": {
    ...per(["ged-csv", "ged-json"] as const, (f) =>
      loads(4, 1, [
        [L(f, 1), /^date_start "0025-01-01" has an impossible year \(expected 1946\.\.\d{4}\)$/],
        [L(f, 2), /^date_start "2016-02-31" is not a calendar date in YYYY-MM-DD form$/],
        [L(f, 3), /^date_end "2016-03-01" is before date_start "2016-03-15"$/],
      ]),
    ),
    gdelt: loads(4, 1, [[1 + 1, /^SQLDATE "00250101" has an impossible year/], [3, /^SQLDATE "20160231" is not a calendar date/], [4, /^SQLDATE "20160431" is not a calendar date/]]),
    acled: loads(4, 1, [[3, /^event_date "0025-01-01" has an impossible year/], [4, /^event_date "2016-02-31" is not a calendar date/], [5, /^event_date "2016-04-31" is not a calendar date/]]),
    gtd: loads(4, 1, [[3, /^iyear "25" is not a year in 1970\.\./], [4, /^iyear\/imonth\/iday "2016"\/"2"\/"31" is not a calendar date$/], [5, /"2016"\/"4"\/"31" is not a calendar date$/]]),
  },
  "coordinates-out-of-range": per(ALL, (f) =>
    loads(4, 1, [
      [L(f, 1), new RegExp(`^${LAT[f]} "91" is not a latitude in -90..90$`)],
      [L(f, 2), new RegExp(`^${LON[f]} "-181" is not a longitude in -180..180$`)],
      [L(f, 3), new RegExp(`^${LAT[f]} "NaN" is not a latitude in -90..90$`)],
    ]),
  ),
  "duplicate-ids": {
    ...per(["ged-csv", "ged-json", "acled", "gtd"] as const, () => loads(4, 3, [], 1, "the first copy is kept")),
    gdelt: loads(4, 3, [], 1, "the re-report is the duplicate; a reused GLOBALEVENTID with other content is another event"),
  },
  "duplicate-ids-across-files-a": per(ALL, () => loads(2, 2)),
  "duplicate-ids-across-files-b": per(ALL, () => loads(2, 1, [], 1, "after -a: its repeated id is a duplicate")),
  bom: per(ALL, () => loads(3, 3, [], 0, "the first id is read without the mark")),
  latin1: {
    ...per(TABULAR, (f) => loads(3, 2, [[L(f, 1), /^invalid encoding: Invalid unicode .*not utf-8 encoded/]])),
    "ged-json": malformedJson,
  },
  empty: per(ALL, () => refused(/the file is empty/, "the file is empty")),
  "header-only": {
    ...per(CSV, () => refused(/has a header but no rows/, "a header but no rows", 1)),
    gdelt: refused(/starts with a header row, which GDELT 2.0 Event export .* does not have/, "a header row GDELT files do not have", 1),
    "ged-json": refused(/has no records: its "events" array is empty/, "an empty events array", 1),
  },
  "huge-field": {
    ...per(["ged-csv", "ged-json", "gdelt", "gtd"] as const, (f) => loads(3, 2, [[L(f, 1), new RegExp(`^${ID[f]} "x{60}" is not a`)]], 0, "the 10 MB text is kept whole")),
    acled: loads(3, 3, [], 0, "the 10 MB text and the 10 MB id load: ACLED ids are text"),
  },
  crlf: per(ALL, (f) => loads(3, 2, [[L(f, 1), new RegExp(`^${LAT[f]} "91" is not a latitude`)]])),
  "quoted-newlines": {
    ...per(CSV, () => loads(4, 3, [[7, /^latitude "91" is not a latitude/]], 0, "the newlines are kept in the text")),
    "ged-json": loads(3, 2, [[2, /^latitude "91" is not a latitude/]]),
  },
  "not-a-zip": per(ALL, () => refused(/is named \.zip but is not a zip archive/, "named .zip but not a zip archive")),
  "damaged-zip": per(ALL, () => refused(/is not a complete zip archive \(no end of central directory\)/, "not a complete zip archive")),
  "not-gzip": per(ALL, () => refused(/is named \.gz but is not gzip-compressed/, "named .gz but not gzip-compressed")),
  "truncated-gzip": per(ALL, () => refused(/is a damaged gzip file \(unexpected end of file\): it was probably cut short/, "a gzip stream cut short")),
  "gzip-without-gz-name": per(ALL, () => loads(3, 3, [], 0, "read as gzip by its first bytes")),
  "nul-bytes": {
    ...per(TABULAR, () => loads(3, 3, [], 0, "the NUL bytes are kept in the text")),
    "ged-json": malformedJson,
  },
  "ragged-rows": {
    ...per(TABULAR, (f) => loads(4, 2, [[L(f, 1), /^too many columns: the row has \d+ fields; the layout has \d+$/], [L(f, 2), /^missing columns: the row has \d+ fields; the layout has \d+$/]])),
    "ged-json": loads(4, 4, [], 0, "absent keys are empty values; the extra key is kept in raw"),
  },
  "extra-columns": {
    ...per(["ged-csv", "ged-json", "acled", "gtd"] as const, () => loads(3, 3, [], 0, "the extra columns are kept in raw")),
    gdelt: refused(/has 63 tab-separated fields on line 1, not the 61 of GDELT/, "63 fields, not GDELT's 61", 1),
  },
  "blank-lines": {
    ...per(CSV, () => loads(3, 2, [[7, /^latitude "91" is not a latitude/]])),
    gdelt: loads(3, 2, [[6, /^ActionGeo_Lat "91" is not a latitude/]]),
    "ged-json": loads(2, 2),
  },
  "padded-header": per(CSV, () => loads(2, 2, [], 0, "the names are read trimmed")),
  "duplicate-header": per(CSV, (f) => refused(new RegExp(`names the column "${f === "gtd" ? "country_txt" : "country"}" twice in its header \\(columns \\d+ and \\d+\\)`), "a column named twice", 1)),
  "binary-garbage": per(ALL, () => refused(/unknown layout: the first line matches no supported dataset/, "matches no supported layout", 1)),
  "cr-newlines": {
    ...per(TABULAR, () => refused(/ends its lines with a carriage return alone \(classic Mac OS line endings\)/, "CR-only line endings", 1)),
    "ged-json": loads(2, 2, [], 0, "CR is white space in JSON"),
  },
  "json-not-object": { "ged-json": refused(/is a JSON array, not an object holding an array of records/, "a JSON array, not an object", 1) },
  "json-events-not-array": { "ged-json": refused(/holds "events", but not as an array of records/, "events is not an array", 1) },
  "json-events-not-objects": {
    "ged-json": loads(4, 1, [[2, /^record is a number, not an object$/], [3, /^record is a string, not an object$/], [4, /^record is null, not an object$/]]),
  },
  "json-nested-values": { "ged-json": loads(3, 2, [[2, /^country is an array, not a single value$/]]) },
  "json-lines": { "ged-json": refused(/is JSON without an array of records under "events" or "Result"/, "newline-delimited JSON, not an events array", 1) },
  "mixed-line-endings": {
    ...per(["ged-csv", "gdelt", "acled"] as const, (f) => refused(new RegExp(`mixes line endings \\(1 record ends in CRLF, ${f === "gdelt" ? 2 : 3} in LF\\)`), "mixed CRLF and LF line endings")),
    gtd: loads(3, 3, [], 0, "DuckDB reads this one, whose header alone ends in CRLF"),
    "ged-json": loads(2, 2, [], 0, "line ends are white space in JSON"),
  },
};
