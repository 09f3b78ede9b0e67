/**
 * The kinds of bad input, each as a function from a format to the file(s) that show it. Small files are
 * written to test/fixtures/bad/ by build.ts and committed; the large ones (a 10 MB field) are written by the
 * test itself. A kind that does not apply to a format (a semicolon in a JSON file) has no builder for it.
 */
import { gzipSync } from "node:zlib";
import { FORMATS, goodEvents, goodRows, writeEvents, writeRows, columnsOf, type Format, type JsonEvent, type Row } from "./formats.ts";
import { JSON_ROLES, ROLES } from "./roles.ts";

export type CsvFormat = Exclude<Format, "ged-json">;
export interface CorpusFile {
  /** Path under test/fixtures/bad/, e.g. "ged-csv/bom.csv". */
  name: string;
  format: Format;
  /** The kind, with "-a"/"-b" for a kind of two files: the key of its expected outcome. */
  key: string;
  bytes: Buffer;
}
export interface Kind {
  id: string;
  /** What is wrong with the file, for the README. */
  what: string;
  /** Written by the test (too large to commit). */
  generated?: boolean;
  build: Partial<Record<Format, (k: number) => Array<{ suffix?: string; ext?: string; bytes: Buffer | string }>>>;
}

const EXT: Record<Format, string> = { "ged-csv": ".csv", "ged-json": ".json", gdelt: ".export.CSV", acled: ".csv", gtd: ".csv" };
const CSV: CsvFormat[] = ["ged-csv", "acled", "gtd"];
const TABULAR: CsvFormat[] = ["ged-csv", "gdelt", "acled", "gtd"];

/** One file per format in `formats`, made by `f`. */
function each(formats: CsvFormat[], f: (format: CsvFormat, k: number) => Buffer | string): Kind["build"] {
  return Object.fromEntries(formats.map((format) => [format, (k: number) => [{ bytes: f(format, k) }]]));
}

function json(f: (k: number) => Buffer | string): Kind["build"] {
  return { "ged-json": (k: number) => [{ bytes: f(k) }] };
}

/** Rows with some changed: `changes[i]` is merged into row i. */
function damaged(format: CsvFormat, k: number, n: number, changes: Record<number, Row>): Row[] {
  return goodRows(format, k, n).map((r, i) => ({ ...r, ...changes[i] }));
}

function events(k: number, n: number, changes: Record<number, JsonEvent>): JsonEvent[] {
  return goodEvents(k, n).map((e, i) => ({ ...e, ...changes[i] }));
}

/** The format's dates of a row, set to the given calendar parts (GTD writes year, month and day apart). */
function dateOf(format: CsvFormat, y: string, m: string, d: string, endBeforeStart = false): Row {
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
function cutLastLine(text: string, delim: string, n: number): string {
  const start = text.lastIndexOf("\n", text.length - 2) + 1;
  let at = start;
  for (let i = 0; i < n; i++) at = text.indexOf(delim, at) + 1;
  return text.slice(0, at + 2);
}

/** A deterministic mess of bytes (a small LCG; no real file looks like this). */
function garbage(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

/** Latin-1 bytes of a text; characters Latin-1 lacks become "?". */
const latin1 = (s: string) => Buffer.from([...s].map((ch) => (ch.charCodeAt(0) > 0xff ? "?" : ch)).join(""), "latin1");

export const KINDS: Kind[] = [
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
  {
    id: "bom",
    what: "a UTF-8 byte-order mark before the first byte",
    build: {
      ...each(TABULAR, (f, k) => "\uFEFF" + writeRows(f, goodRows(f, k, 3))),
      ...json((k) => "\uFEFF" + writeEvents(goodEvents(k, 3))),
    },
  },
  {
    id: "latin1",
    what: "Latin-1 bytes instead of UTF-8 (an accented place name in the second record)",
    build: {
      ...each(TABULAR, (f, k) => latin1(writeRows(f, damaged(f, k, 3, { 1: { [ROLES[f].text]: "Attaque près de Aïn Issa, deux blessés" } })))),
      ...json((k) => latin1(writeEvents(events(k, 3, { 1: { source_article: "Attaque près de Aïn Issa" } })))),
    },
  },
  {
    id: "empty",
    what: "zero bytes",
    build: Object.fromEntries(FORMATS.map((f) => [f, () => [{ bytes: "" }]])),
  },
  {
    id: "header-only",
    what: "the header and no records (GDELT: its column names alone; JSON: an empty events array)",
    build: {
      ...each(CSV, (f) => writeRows(f, [])),
      gdelt: () => [{ bytes: columnsOf("gdelt").join("\t") + "\n" }],
      ...json(() => writeEvents([])),
    },
  },
  {
    id: "huge-field",
    what: "a 10 MB free-text field in the first record and a 10 MB id in the second (written by the test)",
    generated: true,
    build: {},
  },
  {
    id: "crlf",
    what: "Windows line endings, with one bad record to check its line number",
    build: {
      ...each(TABULAR, (f, k) => writeRows(f, damaged(f, k, 3, { 1: { [ROLES[f].lat]: "91" } }), { newline: "\r\n" })),
      ...json((k) => writeEvents(events(k, 3, { 1: { latitude: 91 } }), 2).replace(/\n/g, "\r\n")),
    },
  },
  {
    id: "quoted-newlines",
    what: "newlines inside quoted fields (JSON: escaped \\n in strings), then a bad record whose physical line must be right",
    build: {
      ...each(CSV, (f, k) =>
        writeRows(f, damaged(f, k, 4, { 0: { [ROLES[f].text]: "first line\nsecond line" }, 1: { [ROLES[f].text]: "a\r\nb\nc" }, 2: { [ROLES[f].lat]: "91" } })),
      ),
      ...json((k) => writeEvents(events(k, 3, { 0: { source_article: "first line\nsecond line" }, 1: { latitude: 91 } }))),
    },
  },
  {
    id: "not-a-zip",
    what: "a plain text file named .zip",
    build: Object.fromEntries(FORMATS.map((f) => [f, (k: number) => [{ ext: EXT[f] + ".zip", bytes: f === "ged-json" ? writeEvents(goodEvents(k, 2)) : writeRows(f, goodRows(f, k, 2)) }]])),
  },
  {
    id: "damaged-zip",
    what: "a zip local header followed by garbage (no central directory), named .zip",
    build: Object.fromEntries(FORMATS.map((f) => [f, () => [{ ext: EXT[f] + ".zip", bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), garbage(300)]) }]])),
  },
  {
    id: "not-gzip",
    what: "a plain text file named .gz",
    build: Object.fromEntries(FORMATS.map((f) => [f, (k: number) => [{ ext: EXT[f] + ".gz", bytes: f === "ged-json" ? writeEvents(goodEvents(k, 2)) : writeRows(f, goodRows(f, k, 2)) }]])),
  },
  {
    id: "truncated-gzip",
    what: "a gzip stream cut off after 60% of its bytes",
    build: Object.fromEntries(FORMATS.map((f) => [f, (k: number) => {
      const text = f === "ged-json" ? writeEvents(goodEvents(k, 12)) : writeRows(f, goodRows(f, k, 12));
      const gz = gzipSync(text);
      return [{ ext: EXT[f] + ".gz", bytes: gz.subarray(0, Math.floor(gz.length * 0.6)) }];
    }])),
  },
  {
    id: "gzip-without-gz-name",
    what: "a gzip-compressed file whose name does not end in .gz",
    build: Object.fromEntries(FORMATS.map((f) => [f, (k: number) => [{ bytes: gzipSync(f === "ged-json" ? writeEvents(goodEvents(k, 3)) : writeRows(f, goodRows(f, k, 3))) }]])),
  },
  {
    id: "nul-bytes",
    what: "NUL bytes inside a field of the second record",
    build: {
      ...each(TABULAR, (f, k) => writeRows(f, damaged(f, k, 3, { 1: { [ROLES[f].text]: "before\0\0after" } }))),
      ...json((k) => writeEvents(events(k, 3, { 1: { source_article: "before__NUL__after" } })).replace("__NUL__", "\0")),
    },
  },
  {
    id: "ragged-rows",
    what: "one record with an extra field, one with three fields missing (JSON: an event lacking keys and one with an extra key)",
    build: {
      ...each(TABULAR, (f, k) => {
        const delim = f === "gdelt" ? "\t" : ",";
        const lines = writeRows(f, goodRows(f, k, 4)).split("\n");
        const off = f === "gdelt" ? 0 : 1;
        lines[off + 1] += `${delim}extra`;
        lines[off + 2] = lines[off + 2]!.split(delim).slice(0, -3).join(delim);
        return lines.join("\n");
      }),
      ...json((k) => {
        const e = goodEvents(k, 4);
        const { latitude: _la, longitude: _lo, best: _b, ...lacking } = e[1]!;
        return writeEvents([e[0], lacking, { ...e[2], unexpected: "x" }, e[3]]);
      }),
    },
  },
  {
    id: "extra-columns",
    what: "two unknown columns added at the end (kept in raw)",
    build: {
      ...each(CSV, (f, k) => writeRows(f, goodRows(f, k, 3).map((r) => ({ ...r, my_note: "checked", "reviewer id": "7" })), { columns: [...columnsOf(f), "my_note", "reviewer id"] })),
      gdelt: (k) => [{ bytes: writeRows("gdelt", goodRows("gdelt", k, 3)).replace(/\n/g, "\tx\ty\n") }],
      ...json((k) => writeEvents(goodEvents(k, 3).map((e) => ({ ...e, my_note: "checked", "reviewer id": 7 })))),
    },
  },
  {
    id: "blank-lines",
    what: "empty lines between records and at the end, then a bad record whose physical line must be right",
    build: {
      ...each(TABULAR, (f, k) => {
        const lines = writeRows(f, damaged(f, k, 3, { 2: { [ROLES[f].lat]: "91" } })).split("\n");
        const off = f === "gdelt" ? 0 : 1;
        return [...lines.slice(0, off + 1), "", ...lines.slice(off + 1, off + 2), "", "", ...lines.slice(off + 2)].join("\n") + "\n\n";
      }),
      ...json((k) => writeEvents(goodEvents(k, 2), 2).replace(/\n/g, "\n\n")),
    },
  },
  {
    id: "padded-header",
    what: "header names with spaces around them (', id , year ,')",
    build: each(CSV, (f, k) => {
      const [header, ...rest] = writeRows(f, goodRows(f, k, 2)).split("\n");
      return [header!.split(",").map((c) => ` ${c} `).join(","), ...rest].join("\n");
    }),
  },
  {
    id: "duplicate-header",
    what: "one column name twice in the header, with different values",
    build: each(CSV, (f, k) => {
      const cols = columnsOf(f);
      const country = f === "gtd" ? "country_txt" : "country";
      return writeRows(f, goodRows(f, k, 2).map((r) => ({ ...r, __dup: "Atlantis" })), { columns: [...cols, "__dup"] }).replace(",__dup", `,${country}`);
    }),
  },
  {
    id: "binary-garbage",
    what: "2 KB of random bytes",
    build: Object.fromEntries(FORMATS.map((f) => [f, () => [{ bytes: garbage(2048) }]])),
  },
  {
    id: "cr-newlines",
    what: "old Mac line endings: records separated by CR alone",
    build: {
      ...each(TABULAR, (f, k) => writeRows(f, goodRows(f, k, 3), { newline: "\r" })),
      ...json((k) => writeEvents(goodEvents(k, 2), 2).replace(/\n/g, "\r")),
    },
  },
  {
    id: "json-not-object",
    what: "JSON whose top level is an array of numbers",
    build: json(() => "[1, 2, 3]\n"),
  },
  {
    id: "json-events-not-array",
    what: "JSON whose events key holds one object, not an array",
    build: json((k) => JSON.stringify({ events: goodEvents(k, 1)[0] })),
  },
  {
    id: "json-events-not-objects",
    what: "an events array of a number, a string and null after one real event",
    build: json((k) => JSON.stringify({ events: [goodEvents(k, 1)[0], 1, "x", null] })),
  },
  {
    id: "json-nested-values",
    what: "an event whose side_a is an object and whose country is a list",
    build: json((k) => writeEvents(events(k, 3, { 1: { side_a: { name: "IS", id: 234 }, country: ["Syria", "Iraq"] } }))),
  },
  {
    id: "json-lines",
    what: "newline-delimited events (one JSON object per line) instead of the mirror's events array",
    build: json((k) => goodEvents(k, 3).map((e) => JSON.stringify(e)).join("\n") + "\n"),
  },
];

/** Every committed file of the corpus, built from the kinds. */
export function corpusFiles(): CorpusFile[] {
  const out: CorpusFile[] = [];
  KINDS.forEach((kind, k) => {
    for (const format of FORMATS) {
      const build = kind.build[format];
      if (!build) continue;
      for (const f of build(k)) {
        const key = `${kind.id}${f.suffix ?? ""}`;
        out.push({ name: `${format}/${key}${f.ext ?? EXT[format]}`, format, key, bytes: Buffer.isBuffer(f.bytes) ? f.bytes : Buffer.from(f.bytes, "utf8") });
      }
    }
  });
  return out;
}

/** A kind's position: it picks the slice of good rows the kind's files use. */
export function kindIndex(id: string): number {
  const i = KINDS.findIndex((k) => k.id === id);
  if (i < 0) throw new Error(`no kind ${id}`);
  return i;
}

export { EXT };
