/**
 * Layout detection: which source and layout a file is, from its first line (CSV header, tab-separated
 * GDELT record) or its JSON shape. An unknown layout is an error naming the closest layout's missing columns.
 */
import { InputError } from "../errors.ts";
import type { Layout } from "./layout.ts";
import { parseHeaderLine, readHead, type FileHead } from "./head.ts";

export interface Detected {
  layout: Layout;
  head: FileHead;
  columns: string[];
}

/** Finds where the first record starts: after the top-level key (depth 1), or the first `{` inside a top-level array. */
function firstRecordStart(text: string, key: string | undefined): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const close = stringEnd(text, i);
      if (close < 0) return -1;
      if (key && depth === 1 && text.slice(i + 1, close) === key && /^\s*:\s*\[/.test(text.slice(close + 1, close + 8))) {
        return text.indexOf("{", close);
      }
      i = close;
    } else if (ch === "{" || ch === "[") {
      if (!key && ch === "{" && depth === 1) return i;
      depth++;
    } else if (ch === "}" || ch === "]") depth--;
  }
  return -1;
}

function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

function jsonKeys(head: FileHead, key: string | undefined): string[] | undefined {
  const open = firstRecordStart(head.text, key);
  if (open < 0) return undefined;
  const keys = new Set<string>();
  let depth = 0;
  for (let i = open; i < head.text.length; i++) {
    const ch = head.text[i];
    if (ch === "{" || ch === "[") depth++;
    else if ((ch === "}" || ch === "]") && --depth === 0) break;
    else if (ch === '"') {
      const close = stringEnd(head.text, i);
      if (close < 0) break;
      if (depth === 1 && /^\s*:/.test(head.text.slice(close + 1, close + 4))) keys.add(head.text.slice(i + 1, close));
      i = close;
    }
  }
  return [...keys];
}

function columnsFor(head: FileHead, layout: Layout): string[] | undefined {
  const first = head.text.replace(/^\uFEFF/, "").trimStart();
  if (layout.read.kind === "json") return first.startsWith("{") || first.startsWith("[") ? jsonKeys(head, layout.read.arrayKey) : undefined;
  if (first.startsWith("{") || first.startsWith("[")) return undefined;
  const line = first.split("\n", 1)[0] ?? "";
  if (layout.read.header) return parseHeaderLine(line, layout.read.delim);
  const fields = line.split(layout.read.delim);
  if (layout.signature.firstLine && !layout.signature.firstLine.test(line)) return undefined;
  return fields.length === layout.read.columns?.length ? layout.read.columns : undefined;
}

function matches(layout: Layout, cols: Set<string>): boolean {
  return layout.signature.present.every((c) => cols.has(c)) && !(layout.signature.absent ?? []).some((c) => cols.has(c));
}

/** Picks the first layout whose signature the file carries; throws a one-line error otherwise. */
export async function detectLayout(file: string, layouts: Layout[], dataset?: string): Promise<Detected> {
  const head = await readHead(file);
  const candidates = dataset ? layouts.filter((l) => l.dataset === dataset) : layouts;
  if (candidates.length === 0) {
    const known = [...new Set(layouts.map((l) => l.dataset))].join(", ");
    throw new InputError(`unknown dataset "${dataset}"`, { file }, `use one of: ${known}`);
  }
  let closest: { layout: Layout; missing: string[] } | undefined;
  for (const layout of candidates) {
    const cols = columnsFor(head, layout);
    if (!cols) continue;
    const set = new Set(cols);
    if (matches(layout, set)) {
      const missing = layout.required.filter((c) => !set.has(c));
      if (missing.length === 0) return { layout, head, columns: cols };
      if (!closest || missing.length < closest.missing.length) closest = { layout, missing };
      continue;
    }
    const missing = [...layout.required, ...layout.signature.present].filter((c, i, a) => !set.has(c) && a.indexOf(c) === i);
    if (!closest || missing.length < closest.missing.length) closest = { layout, missing };
  }
  if (head.text.trim().split("\n").length < 2 && !head.text.trimStart().startsWith("{")) {
    throw new InputError("has a header but no rows", { file, line: 1 }, "export the data again with its rows");
  }
  if (closest && closest.missing.length <= 8) {
    throw new InputError(
      `unknown layout: closest is ${closest.layout.description}, but columns are missing: ${closest.missing.join(", ")}`,
      { file, line: 1 },
      "export the file with all columns, or pass --dataset to say what it is",
    );
  }
  throw new InputError(
    "unknown layout: the first line matches no supported dataset",
    { file, line: 1 },
    `supported: ${[...new Set(candidates.map((l) => l.description))].join("; ")}`,
  );
}
