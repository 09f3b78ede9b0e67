/**
 * Quarantine reasons in the reader's words. The store keeps them in English, written by the layouts' SQL from the
 * English templates (sources/reasons.ts); each template, taken apart, is also the pattern that reads a stored
 * reason back, so the slots' values carry over into the reader's template.
 */
import { en } from "./en.ts";
import { templateParts } from "./template.ts";

type Messages = typeof en;
type Template = (...args: string[]) => string;
let reasonPatterns: Array<[keyof Messages["rejectReasons"], RegExp]> | undefined;

/** Each English quarantine reason as a pattern over stored text, its slots captured. */
function patterns(): Array<[keyof Messages["rejectReasons"], RegExp]> {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  reasonPatterns ??= (Object.keys(en.rejectReasons) as Array<keyof Messages["rejectReasons"]>).map((key) => {
    const parts = templateParts(en.rejectReasons[key] as Template);
    return [key, new RegExp(`^${parts.map((p) => (typeof p === "number" ? "([\\s\\S]*?)" : escape(p))).join("")}$`)];
  });
  return reasonPatterns;
}

/**
 * A stored quarantine reason (English: the layouts write it from the English templates) in the reader's words; a
 * reason no template wrote (DuckDB's own message about an unreadable row) is given as it is.
 */
export function reasonWords(m: Messages, reason: string): string {
  if (m === en) return reason;
  // A slot may hold a word of the catalogue itself (a JSON value's kind): said in the reader's words too.
  const kinds = new Map(Object.entries(en.jsonKinds).map(([k, v]) => [v, m.jsonKinds[k] ?? v]));
  for (const [key, re] of patterns()) {
    const hit = re.exec(reason);
    if (hit) return (m.rejectReasons[key] as Template)(...hit.slice(1).map((a) => kinds.get(a) ?? a));
  }
  return reason;
}
