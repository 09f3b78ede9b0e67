/** The kinds of bad input about a file's bytes and packaging: encodings, line ends, archives, JSON shape. */
import { gzipSync } from "node:zlib";
import { CSV, damaged, each, events, EXT, garbage, json, latin1, TABULAR } from "./damage.ts";
import { columnsOf, FORMATS, goodEvents, goodRows, writeEvents, writeRows } from "./formats.ts";
import { ROLES } from "./roles.ts";
import type { Kind } from "./kinds.ts";

export const BYTE_KINDS: Kind[] = [
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
  {
    id: "mixed-line-endings",
    what: "some records end in CRLF, the rest in LF (files pasted together)",
    build: {
      ...each(TABULAR, (f, k) => writeRows(f, goodRows(f, k, 3)).replace("\n", "\r\n")),
      ...json((k) => writeEvents(goodEvents(k, 2), 2).replace("\n", "\r\n")),
    },
  },
];
