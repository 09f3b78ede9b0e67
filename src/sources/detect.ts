/**
 * Layout detection: which source and layout a file is, from its first line (CSV header, tab-separated
 * GDELT record) or its JSON shape. An unknown layout is an error naming the closest layout's missing columns.
 */
import { inputError, words } from "../messages/words.ts";
import type { Layout } from "./layout.ts";
import { crOnlyError, diagnose, duplicateColumnError, headText } from "./diagnose.ts";
import { parseHeaderLine, readHead, type FileHead } from "./head.ts";
import { firstRecordKeys } from "./json-keys.ts";

/** How much of a file detection reads at most to see a whole first JSON record. */
const MAX_RECORD_HEAD = 64 * 1024 * 1024;

export interface Detected {
  layout: Layout;
  head: FileHead;
  columns: string[];
}

function columnsFor(head: FileHead, layout: Layout): string[] | undefined {
  const first = head.text.replace(/^\uFEFF/, "").trimStart();
  if (layout.read.kind === "json") return first.startsWith("{") || first.startsWith("[") ? firstRecordKeys(head.text, layout.read.arrayKey)?.keys : undefined;
  if (first.startsWith("{") || first.startsWith("[")) return undefined;
  const line = first.split("\n", 1)[0] ?? "";
  // Header names match whatever their case (a spreadsheet's ID, Year): DuckDB reads columns case-insensitively too.
  if (layout.read.header) return parseHeaderLine(line, layout.read.delim).map((c) => c.toLowerCase());
  const fields = line.split(layout.read.delim);
  if (layout.signature.firstLine && !layout.signature.firstLine.test(line)) return undefined;
  return fields.length === layout.read.columns?.length ? layout.read.columns : undefined;
}

function matches(layout: Layout, cols: Set<string>): boolean {
  return layout.signature.present.every((c) => cols.has(c)) && !(layout.signature.absent ?? []).some((c) => cols.has(c));
}

/** Picks the first layout whose signature the file carries; throws a one-line error otherwise. */
export async function detectLayout(file: string, layouts: Layout[], dataset?: string): Promise<Detected> {
  let head = await readHead(file);
  // A first JSON record longer than the head (a long text in it) is read whole before its keys are judged.
  const jsonKeys = layouts.flatMap((l) => (l.read.kind === "json" ? [l.read.arrayKey] : []));
  if (!head.complete && jsonKeys.some((k) => firstRecordKeys(head.text, k)?.complete === false)) head = await readHead(file, MAX_RECORD_HEAD);
  const crOnly = crOnlyError(head, file);
  if (crOnly) throw crOnly;
  const candidates = dataset ? layouts.filter((l) => l.dataset === dataset) : layouts;
  if (candidates.length === 0) {
    const known = [...new Set(layouts.map((l) => l.dataset))].join(", ");
    throw inputError({ file }, words("unknownDataset", dataset ?? ""), words("useOneOfLower", known));
  }
  let closest: { layout: Layout; missing: string[] } | undefined;
  for (const layout of candidates) {
    const cols = columnsFor(head, layout);
    if (!cols) continue;
    const set = new Set(cols);
    if (matches(layout, set)) {
      const missing = layout.required.filter((c) => !set.has(c));
      const twice = layout.read.kind === "csv" && layout.read.header ? duplicateColumnError(cols, file) : undefined;
      if (missing.length === 0 && twice) throw twice;
      if (missing.length === 0) return { layout, head, columns: cols };
      if (!closest || missing.length < closest.missing.length) closest = { layout, missing };
      continue;
    }
    const missing = [...layout.required, ...layout.signature.present].filter((c, i, a) => !set.has(c) && a.indexOf(c) === i);
    if (!closest || missing.length < closest.missing.length) closest = { layout, missing };
  }
  if (closest && closest.missing.length <= 8) {
    throw inputError({ file, line: 1 }, words("missingColumns", closest.layout.description, closest.missing.join(", ")), words("missingColumnsHint"));
  }
  const problem = diagnose(head, candidates, file);
  if (problem) throw problem;
  if (headText(head).trim().split("\n").length < 2) {
    throw inputError({ file, line: 1 }, words("headerNoRows"), words("exportRows"));
  }
  throw inputError({ file, line: 1 }, words("unknownLayout"), words("supported", [...new Set(candidates.map((l) => l.description))].join("; ")));
}
