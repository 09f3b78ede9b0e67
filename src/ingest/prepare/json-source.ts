/**
 * JSON records for staging. Each record is read as one JSON value and the fields the layout uses are taken out
 * by name as text. DuckDB's auto-detected columns would give a field one type for the whole file: one record
 * with a string where the others hold numbers, or an object where they hold text, turns that field into JSON
 * text in every record ("\"Lebanon\"" with its quotes), and names then resolve to nothing. The record itself
 * is kept whole as raw; a record that is not an object, has a key twice, or a field that is an object or array, is
 * quarantined.
 */
import { open } from "node:fs/promises";
import { lit, reasonSql, type Layout } from "../../sources/index.ts";
import { messages } from "../../messages/index.ts";
import { sqlIdent, sqlString } from "../../sql.ts";

/** The source columns holding the whole record and the reason its shape is wrong. */
export const RECORD = "__record";
export const SHAPE = "__shape";

/** The largest JSON document read at all (DuckDB's limit is 4 GiB; a mirror file is one document). */
const MAX_OBJECT = 1073741824;
const MIN_OBJECT = 16 * 1024 * 1024;

/**
 * DuckDB's JSON reader allocates twice its maximum object size up front: with a fixed 1 GiB that is 2 GiB for any
 * file, past the store's memory limit. A mirror file is one document, so the limit is the document's own size,
 * known from the file (or a gzip file's trailer, which records the unpacked size modulo 4 GiB).
 */
export async function jsonObjectCap(file: string, gzip: boolean): Promise<number> {
  const fh = await open(file, "r");
  try {
    const { size } = await fh.stat();
    let unpacked = size;
    if (gzip && size >= 4) {
      const tail = Buffer.alloc(4);
      await fh.read(tail, 0, 4, size - 4);
      unpacked = tail.readUInt32LE(0);
    }
    return Math.min(MAX_OBJECT, Math.max(MIN_OBJECT, unpacked + 1024));
  } finally {
    await fh.close();
  }
}

/** Every column the layout's SQL reads (as s."name"), and its required columns. */
export function referencedColumns(layout: Layout): string[] {
  const sql = [...Object.values(layout.mapping), ...layout.checks.flatMap((c) => [c.when, c.reason]), layout.skipWhen, layout.living?.version].filter((x): x is string => typeof x === "string");
  const names = new Set<string>(layout.required);
  for (const text of sql) for (const m of text.matchAll(/s\."((?:[^"]|"")*)"/g)) names.add((m[1] ?? "").replace(/""/g, '"'));
  return [...names];
}


/** A JSON value's kind in the catalogue's words, for reasons. */
function kindOf(expr: string): string {
  const kinds = messages("en").jsonKinds;
  const cases = ["OBJECT", "ARRAY", "VARCHAR", "NULL", "BOOLEAN"].map((t) => `WHEN '${t}' THEN ${sqlString(kinds[t] ?? t)}`).join(" ");
  return `CASE json_type(${expr}) ${cases} ELSE ${sqlString(kinds.NUMBER ?? "a number")} END`;
}

/**
 * The source to stage from: one row per record, the used fields as VARCHAR, the record in RECORD and, in SHAPE,
 * why its shape is wrong (NULL when it is fine). Each record is parsed once, into a struct of its used fields.
 */
export function jsonSource(layout: Layout & { read: { kind: "json" } }, gzip: boolean, maxObject = MAX_OBJECT): string {
  const key = layout.read.arrayKey;
  const cols = referencedColumns(layout);
  // The compression by the file's first bytes, not its name.
  const docs = `read_json_objects($file, format='auto', compression='${gzip ? "gzip" : "auto_detect"}', maximum_object_size=${maxObject}) t(j)`;
  const records = key ? `SELECT unnest(json_extract(j, ${sqlString(`$.${key}[*]`)})) AS r FROM ${docs}` : `SELECT j AS r FROM ${docs}`;
  const struct = sqlString(JSON.stringify(Object.fromEntries(cols.map((c) => [c, "JSON"]))));
  const parsed = `SELECT r, CASE WHEN json_type(r) = 'OBJECT' THEN json_transform(r, ${struct}) END AS f FROM (${records})`;
  const fields = cols.map((c) => `json_extract_string(f.${sqlIdent(c)}, '$') AS ${sqlIdent(c)}`);
  const nested = cols.map((c) => `WHEN json_type(f.${sqlIdent(c)}) IN ('OBJECT', 'ARRAY') THEN ${reasonSql("notSingleValue", lit(c), kindOf(`f.${sqlIdent(c)}`))}`);
  // A key given twice ("best": 999999, "best": 1) has no one meaning: DuckDB would take the first, JSON.parse the
  // last. The record is quarantined, naming the key, rather than either value guessed.
  const keys = "json_keys(r)";
  const twice = `WHEN len(${keys}) <> len(list_distinct(${keys})) THEN ${reasonSql("keyTwice", `'"' || list_filter(list_distinct(${keys}), x -> len(list_filter(${keys}, y -> y = x)) > 1)[1] || '"'`)}`;
  const shape = `CASE WHEN json_type(r) <> 'OBJECT' THEN ${reasonSql("notObject", kindOf("r"))} ${twice} ${nested.join(" ")} END`;
  return `(SELECT ${[...fields, `r AS ${RECORD}`, `${shape} AS ${SHAPE}`].join(", ")} FROM (${parsed}))`;
}
