/**
 * Why a file matches no layout, for the mistakes real files make: lines ended by CR alone, the wrong
 * delimiter, a header-less record with the wrong number of fields, JSON without its array of records, a
 * column named twice. Each is a one-line error saying what is wrong and how to fix it.
 */
import { InputError } from "../errors.ts";
import { parseHeaderLine, type FileHead } from "./head.ts";
import type { Layout } from "./layout.ts";

const DELIMITERS: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar" };
const nameOf = (d: string) => DELIMITERS[d] ?? `"${d}"`;
const plural = (d: string) => `${nameOf(d)}s`;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The head as text: without a byte-order mark and leading blank space. */
export function headText(head: FileHead): string {
  return head.text.replace(/^\uFEFF/, "").trimStart();
}

/** A text file whose lines end in CR alone (classic Mac OS): its first "line" would be the whole file. */
export function crOnlyError(head: FileHead, file: string): InputError | undefined {
  const text = headText(head);
  if (text.startsWith("{") || text.startsWith("[") || !text.includes("\r") || text.includes("\n")) return undefined;
  return new InputError("ends its lines with a carriage return alone (classic Mac OS line endings)", { file, line: 1 }, "convert the line endings to LF or CRLF, e.g. tr '\\r' '\\n' < FILE > FIXED.csv");
}

/** A header naming one column twice: which of the two a rule reads would be a guess. */
export function duplicateColumnError(columns: string[], file: string): InputError | undefined {
  const dup = columns.find((c, i) => columns.indexOf(c) !== i);
  if (dup === undefined) return undefined;
  return new InputError(`names the column "${dup}" twice in its header (columns ${columns.indexOf(dup) + 1} and ${columns.lastIndexOf(dup) + 1})`, { file, line: 1 }, "remove or rename one of them");
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
        return new InputError(`separates its fields with ${plural(d)}, not ${plural(own)}: it looks like ${layout.description}`, { file, line: 1 }, `save it again separated by ${plural(own)}`);
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
      return new InputError(`starts with a header row, which ${layout.description} does not have`, { file, line: 1 }, "remove the first line");
    }
    if (!layout.signature.firstLine?.test(line)) continue;
    const n = line.split(layout.read.delim).length;
    const want = layout.read.columns?.length ?? 0;
    return new InputError(`has ${n} ${nameOf(layout.read.delim)}-separated fields on line 1, not the ${want} of ${layout.description}`, { file, line: 1 }, "check that it is a complete export of that layout, not a cut-down or extended one");
  }
  return undefined;
}

/** JSON that holds no array of records under a key a JSON layout reads. */
function jsonError(text: string, candidates: Layout[], file: string): InputError | undefined {
  const keys = [...new Set(candidates.flatMap((l) => (l.read.kind === "json" && l.read.arrayKey ? [l.read.arrayKey] : [])))];
  if (keys.length === 0) return undefined;
  const wanted = keys.map((k) => `"${k}"`).join(" or ");
  const hint = `resurgence reads a JSON object with its records in an array under ${wanted}`;
  if (text.startsWith("[")) return new InputError("is a JSON array, not an object holding an array of records", { file, line: 1 }, hint);
  for (const key of keys) {
    const at = new RegExp(`"${escapeRe(key)}"\\s*:\\s*(.)`).exec(text);
    if (!at) continue;
    if (at[1] === "[" && new RegExp(`"${escapeRe(key)}"\\s*:\\s*\\[\\s*\\]`).test(text)) {
      return new InputError(`has no records: its "${key}" array is empty`, { file, line: 1 }, "export the data again with its records");
    }
    if (at[1] !== "[") return new InputError(`holds "${key}", but not as an array of records`, { file, line: 1 }, hint);
  }
  return new InputError(`is JSON without an array of records under ${wanted}`, { file, line: 1 }, hint);
}

/** The specific reason a file matches no candidate layout, when it is one of the known mistakes. */
export function diagnose(head: FileHead, candidates: Layout[], file: string): InputError | undefined {
  const text = headText(head);
  if (text.startsWith("{") || text.startsWith("[")) return jsonError(text, candidates, file);
  const line = (text.split("\n", 1)[0] ?? "").replace(/\r$/, "");
  return delimiterError(line, candidates, file) ?? fieldCountError(line, candidates, file);
}
