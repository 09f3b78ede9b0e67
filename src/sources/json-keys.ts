/**
 * The keys of a JSON file's first record, read from the start of the file without parsing it all: the first
 * object in the array under a top-level key (the GED mirror's "events", the UCDP API's "Result"), or the first
 * object of a top-level array. Strings are skipped whole, so braces and keys inside values do not count.
 */

/** Where the string opened at `open` closes (its closing quote), or -1 when the text ends first. */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** True when `re` (sticky) matches at `at`. */
function at(re: RegExp, text: string, pos: number): boolean {
  re.lastIndex = pos;
  return re.test(text);
}

const COLON_ARRAY = /\s*:\s*\[\s*/y;
const COLON = /\s*:/y;

/** Where the first record's `{` is: the first element of the array under `key` at depth 1, or of a top-level array. */
function firstRecordStart(text: string, key: string | undefined): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const close = stringEnd(text, i);
      if (close < 0) return -1;
      if (key && depth === 1 && text.slice(i + 1, close) === key && at(COLON_ARRAY, text, close + 1)) {
        // The array's first element must be an object: `[]` or `[1, ...]` has no first record.
        return text[COLON_ARRAY.lastIndex] === "{" ? COLON_ARRAY.lastIndex : -1;
      }
      i = close;
    } else if (ch === "{" || ch === "[") {
      if (!key && ch === "{" && depth === 1) return i;
      depth++;
    } else if (ch === "}" || ch === "]") depth--;
  }
  return -1;
}

export interface RecordKeys {
  /** The first record's keys as written (escapes not decoded), in order. */
  keys: string[];
  /** Whether the record closes inside `text`; when not, keys after the cut are missing. */
  complete: boolean;
}

/** The first record's keys; undefined when the text holds no first record. */
export function firstRecordKeys(text: string, key: string | undefined): RecordKeys | undefined {
  const open = firstRecordStart(text, key);
  if (open < 0) return undefined;
  const keys = new Set<string>();
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === "{" || ch === "[") depth++;
    else if ((ch === "}" || ch === "]") && --depth === 0) return { keys: [...keys], complete: true };
    else if (ch === '"') {
      const close = stringEnd(text, i);
      if (close < 0) break;
      if (depth === 1 && at(COLON, text, close + 1)) keys.add(text.slice(i + 1, close));
      i = close;
    }
  }
  return { keys: [...keys], complete: false };
}
