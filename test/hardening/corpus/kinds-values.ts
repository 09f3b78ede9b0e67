/** The kinds of bad input about a file's columns and values: cut files, delimiters, headers, types, dates, ids. */
import { CSV, cutLastLine, damaged, dateOf, each, events, TABULAR } from "./damage.ts";
import { columnsOf, goodEvents, goodRows, writeEvents, writeRows } from "./formats.ts";
import { JSON_ROLES, ROLES } from "./roles.ts";
import type { Kind } from "./kinds.ts";

export const VALUE_KINDS: Kind[] = [
  {
    id: "truncated-mid-record",
    what: "the file stops in the middle of its last record (no final newline)",
    build: {
      ...each(TABULAR, (f, k) => cutLastLine(writeRows(f, goodRows(f, k, 3)), f === "gdelt" ? "\t" : ",", 5)),
      "ged-json": (k) => {
        const text = writeEvents(goodEvents(k, 3));
        return [{ bytes: text.slice(0, text.lastIndexOf('{"id"') + 40) }];
      },
    },
  },
  {
    id: "truncated-mid-quoted-field",
    what: "the file stops inside a quoted field (the quote never closes)",
    build: {
      ...each(CSV, (f, k) => {
        const text = writeRows(f, damaged(f, k, 3, { 2: { [ROLES[f].text]: "Cut here, inside the quotes, and never closed" } }));
        return text.slice(0, text.lastIndexOf("Cut here, inside") + 16);
      }),
      "ged-json": (k) => {
        const text = writeEvents(events(k, 3, { 2: { source_article: "Cut here, inside the string" } }));
        return [{ bytes: text.slice(0, text.indexOf("Cut here, inside") + 16) }];
      },
    },
  },
  {
    id: "semicolon-delimited",
    what: "fields separated by ';' (a spreadsheet's European CSV); for GDELT, commas instead of tabs",
    build: each(TABULAR, (f, k) => writeRows(f, goodRows(f, k, 3), { delim: f === "gdelt" ? "," : ";" })),
  },
  {
    id: "tab-delimited",
    what: "fields separated by tabs in a file that should be comma-separated",
    build: each(CSV, (f, k) => writeRows(f, goodRows(f, k, 3), { delim: "\t" })),
  },
  {
    id: "missing-column",
    what: "a required column is absent (for GDELT: every record has 58 fields; for JSON: a key absent from every event)",
    build: {
      ...each(CSV, (f, k) => writeRows(f, goodRows(f, k, 3), { columns: columnsOf(f).filter((c) => c !== ROLES[f].required) })),
      gdelt: (k) => [{ bytes: writeRows("gdelt", goodRows("gdelt", k, 3), { columns: columnsOf("gdelt").slice(0, 58) }) }],
      "ged-json": (k) => [{ bytes: writeEvents(goodEvents(k, 3).map(({ [JSON_ROLES.required]: _drop, ...rest }) => rest)) }],
    },
  },
  {
    id: "renamed-column",
    what: "a required column under another name (for GDELT, which has no header: GDELT's column names written as a first line)",
    build: {
      ...each(CSV, (f, k) => writeRows(f, goodRows(f, k, 3)).replace(new RegExp(`(^|,)${ROLES[f].required}(?=,|\\n)`), `$1${ROLES[f].renamedTo}`)),
      gdelt: (k) => [{ bytes: columnsOf("gdelt").join("\t") + "\n" + writeRows("gdelt", goodRows("gdelt", k, 3)) }],
      "ged-json": (k) => [{ bytes: writeEvents(goodEvents(k, 3).map(({ [JSON_ROLES.required]: v, ...rest }) => ({ ...rest, [JSON_ROLES.renamedTo]: v }))) }],
    },
  },
  {
    id: "wrong-types",
    what: "text where a number belongs: a count, a latitude, an id",
    build: {
      ...each(TABULAR, (f, k) => {
        const r = ROLES[f];
        return writeRows(f, damaged(f, k, 4, { 1: { [r.count]: "many" }, 2: { [r.lat]: "north" }, 3: { [r.id]: "abc" } }));
      }),
      "ged-json": (k) => [{ bytes: writeEvents(events(k, 5, { 1: { best: "many" }, 2: { latitude: "north" }, 3: { id: "abc" }, 4: { best: 1.5 } })) }],
    },
  },
  {
    id: "numbers-out-of-range",
    what: "a count too large for the store (99999999999), a fractional count (1.5), a negative count (-3)",
    build: {
      ...each(TABULAR, (f, k) => {
        const c = ROLES[f].count;
        return writeRows(f, damaged(f, k, 4, { 1: { [c]: "99999999999" }, 2: { [c]: "1.5" }, 3: { [c]: "-3" } }));
      }),
      "ged-json": (k) => [{ bytes: writeEvents(events(k, 4, { 1: { best: 99999999999 }, 2: { best: 1.5 }, 3: { best: -3 } })) }],
    },
  },
  {
    id: "impossible-dates",
    what: "year 0025, 31 February, and (UCDP) an end before the start",
    build: {
      ...each(TABULAR, (f, k) => {
        const third = f === "ged-csv" ? dateOf(f, "2016", "03", "15", true) : dateOf(f, "2016", "04", "31");
        return writeRows(f, damaged(f, k, 4, { 1: dateOf(f, "0025", "01", "01"), 2: dateOf(f, "2016", "02", "31"), 3: third }));
      }),
      "ged-json": (k) =>
        [{
          bytes: writeEvents(events(k, 4, {
            1: { date_start: "0025-01-01", date_end: "0025-01-01" },
            2: { date_start: "2016-02-31", date_end: "2016-02-31" },
            3: { date_start: "2016-03-15", date_end: "2016-03-01" },
          })),
        }],
    },
  },
  {
    id: "coordinates-out-of-range",
    what: "latitude 91, longitude -181, latitude NaN",
    build: {
      ...each(TABULAR, (f, k) => {
        const r = ROLES[f];
        return writeRows(f, damaged(f, k, 4, { 1: { [r.lat]: "91" }, 2: { [r.lon]: "-181" }, 3: { [r.lat]: "NaN" } }));
      }),
      "ged-json": (k) => [{ bytes: writeEvents(events(k, 4, { 1: { latitude: 91 }, 2: { longitude: -181 }, 3: { latitude: "NaN" } })) }],
    },
  },
  {
    id: "duplicate-ids",
    what: "the same id twice in one file, the second copy with other values (GDELT: a re-report, and a reused GLOBALEVENTID)",
    build: {
      ...each(CSV, (f, k) => {
        const rows = goodRows(f, k, 3);
        return writeRows(f, [rows[0]!, rows[1]!, { ...rows[0]!, [ROLES[f].count]: "9" }, rows[2]!]);
      }),
      gdelt: (k) => {
        const rows = goodRows("gdelt", k, 3);
        const rereport = { ...rows[0]!, GLOBALEVENTID: "799999001", NumMentions: "7", SOURCEURL: "https://example.org/re-report" };
        const reusedId = { ...rows[2]!, GLOBALEVENTID: rows[1]!.GLOBALEVENTID! };
        return [{ bytes: writeRows("gdelt", [rows[0]!, rows[1]!, rereport, reusedId]) }];
      },
      "ged-json": (k) => {
        const e = goodEvents(k, 3);
        return [{ bytes: writeEvents([e[0], e[1], { ...e[0], best: 9 }, e[2]]) }];
      },
    },
  },
  {
    id: "duplicate-ids-across-files",
    what: "file b repeats one id of file a (ingested a, then b)",
    build: {
      ...Object.fromEntries(TABULAR.map((f) => [f, (k: number) => {
        const rows = goodRows(f, k, 3);
        return [{ suffix: "-a", bytes: writeRows(f, [rows[0]!, rows[1]!]) }, { suffix: "-b", bytes: writeRows(f, [rows[1]!, rows[2]!]) }];
      }])),
      "ged-json": (k) => {
        const e = goodEvents(k, 3);
        return [{ suffix: "-a", bytes: writeEvents([e[0], e[1]]) }, { suffix: "-b", bytes: writeEvents([e[1], e[2]]) }];
      },
    },
  },
];
