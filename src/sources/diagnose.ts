/**
 * Why a file matches no layout, for the mistakes real files make: lines ended by CR alone, the wrong
 * delimiter, a header-less record with the wrong number of fields, JSON without its array of records, a
 * column named twice. Each is a one-line error saying what is wrong and how to fix it.
 */
import type { InputError, Words } from "../errors.ts";
import { inputError, words } from "../messages/words.ts";
import { parseHeaderLine, type FileHead } from "./head.ts";
import type { Layout } from "./layout.ts";

/** The delimiters a file may be mistaken in, each with the catalogue's names for it (one, and several). */
const DELIMITERS: Record<string, { one: Words; many: Words }> = {
  ",": { one: words("delimCommaOne"), many: words("delimComma") },
  ";": { one: words("delimSemicolonOne"), many: words("delimSemicolon") },
  "\t": { one: words("delimTabOne"), many: words("delimTab") },
  "|": { one: words("delimBarOne"), many: words("delimBar") },
};
const nameOf = (d: string): Words => DELIMITERS[d]?.one ?? words("delimOtherOne", d);
const plural = (d: string): Words => DELIMITERS[d]?.many ?? words("delimOther", d);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The head as text: without a byte-order mark and leading blank space. */
export function headText(head: FileHead): string {
  return head.text.replace(/^\uFEFF/, "").trimStart();
}

/** A text file whose lines end in CR alone (classic Mac OS): its first "line" would be the whole file. */
export function crOnlyError(head: FileHead, file: string): InputError | undefined {
  const text = headText(head);
  if (text.startsWith("{") || text.startsWith("[") || !text.includes("\r") || text.includes("\n")) return undefined;
  return inputError({ file, line: 1 }, words("crOnly"), words("crOnlyHint"));
}

/** A header naming one column twice: which of the two a rule reads would be a guess. */
export function duplicateColumnError(columns: string[], file: string): InputError | undefined {
  const dup = columns.find((c, i) => columns.indexOf(c) !== i);
  if (dup === undefined) return undefined;
  return inputError({ file, line: 1 }, words("duplicateColumn", dup, columns.indexOf(dup) + 1, columns.lastIndexOf(dup) + 1), words("duplicateColumnHint"));
}

/** The first line parses as a layout when split by another delimiter. */
function delimiterError(line: string, candidates: Layout[], file: string): InputError | undefined {
  for (const layout of candidates) {
    if (layout.read.kind !== "csv") continue;
    const own = layout.read.delim;
    for (const d of Object.keys(DELIMITERS).filter((x) => x !== own)) {
      let fits: boolean;
      if (layout.read.header) {
        const cols = new Set(parseHeaderLine(line, d));
        fits = [...layout.required, ...layout.signature.present].every((c) => cols.has(c));
      } else {
        // The signature's regex written for the layout's own delimiter, rewritten for this one.
        const first = layout.signature.firstLine ? new RegExp(layout.signature.firstLine.source.replaceAll(own === "\t" ? "\\t" : escapeRe(own), escapeRe(d))) : undefined;
        // Without quoting, a field's own commas make the count unreliable: the start and no own delimiter decide.
        fits = (first?.test(line) ?? false) && !line.includes(own);
      }
      if (fits) {
        return inputError({ file, line: 1 }, words("wrongDelimiter", plural(d), plural(own), layout.description), words("wrongDelimiterHint", plural(own)));
      }
    }
  }
  return undefined;
}

/** A header-less layout's first line is a header, or starts right but has the wrong number of fields. */
function fieldCountError(line: string, candidates: Layout[], file: string): InputError | undefined {
  for (const layout of candidates) {
    if (layout.read.kind !== "csv" || layout.read.header) continue;
    const names = new Set(parseHeaderLine(line, layout.read.delim));
    if (layout.read.columns?.every((c) => names.has(c))) {
      return inputError({ file, line: 1 }, words("unexpectedHeader", layout.description), words("removeFirstLine"));
    }
    if (!layout.signature.firstLine?.test(line)) continue;
    const n = line.split(layout.read.delim).length;
    const want = layout.read.columns?.length ?? 0;
    return inputError({ file, line: 1 }, words("fieldCount", n, nameOf(layout.read.delim), plural(layout.read.delim), want, layout.description), words("fieldCountHint"));
  }
  return undefined;
}

/** JSON that holds no array of records under a key a JSON layout reads. */
function jsonError(text: string, candidates: Layout[], file: string): InputError | undefined {
  const keys = [...new Set(candidates.flatMap((l) => (l.read.kind === "json" && l.read.arrayKey ? [l.read.arrayKey] : [])))];
  if (keys.length === 0) return undefined;
  const quoted = keys.map((k) => `"${k}"`);
  const wanted = quoted.slice(1).reduce<string | Words>((a, k) => words("orPair", a, k), quoted[0]!);
  const hint = words("jsonHint", wanted);
  if (text.startsWith("[")) return inputError({ file, line: 1 }, words("jsonArray"), hint);
  for (const key of keys) {
    const at = new RegExp(`"${escapeRe(key)}"\\s*:\\s*(.)`).exec(text);
    if (!at) continue;
    if (at[1] === "[" && new RegExp(`"${escapeRe(key)}"\\s*:\\s*\\[\\s*\\]`).test(text)) {
      return inputError({ file, line: 1 }, words("jsonEmpty", key), words("exportRecords"));
    }
    if (at[1] !== "[") return inputError({ file, line: 1 }, words("jsonNotArray", key), hint);
  }
  return inputError({ file, line: 1 }, words("jsonNoArray", wanted), hint);
}

/** The specific reason a file matches no candidate layout, when it is one of the known mistakes. */
export function diagnose(head: FileHead, candidates: Layout[], file: string): InputError | undefined {
  const text = headText(head);
  if (text.startsWith("{") || text.startsWith("[")) return jsonError(text, candidates, file);
  const line = (text.split("\n", 1)[0] ?? "").replace(/\r$/, "");
  return delimiterError(line, candidates, file) ?? fieldCountError(line, candidates, file);
}
