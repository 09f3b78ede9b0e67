/**
 * Literal quoting for the ClickHouse dialect, in this one module. ClickHouse 18.16 (Debian's server) has no
 * `{name:Type}` query parameters, so every value a user can influence enters the SQL text through these
 * functions and nowhere else. Strings become single-quoted literals with backslash escapes, which both 18.16
 * and current servers read the same way; identifiers are checked against a strict pattern, never escaped.
 *
 * @example
 * str("it's") // "'it\\'s'"
 * strArray(["is", "jnim"]) // "['is', 'jnim']"
 */

const ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  "'": "\\'",
  "\0": "\\0",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

// Other C0 controls and DEL as \xHH so the SQL text never carries a raw control byte.
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const NEEDS_ESCAPE = /[\\'\x00-\x1f\x7f]/g;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A string literal. Throws on a lone UTF-16 surrogate, which has no UTF-8 form and would be silently replaced. */
export function str(value: string): string {
  if (LONE_SURROGATE.test(value)) throw new TypeError("a string with a lone UTF-16 surrogate cannot be sent to ClickHouse");
  return `'${value.replace(NEEDS_ESCAPE, (ch) => ESCAPES[ch] ?? `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`)}'`;
}

/** An Array(String) literal; the empty array is typed so that hasAny() and IN accept it. */
export function strArray(values: readonly string[]): string {
  return values.length === 0 ? "emptyArrayString()" : `[${values.map(str).join(", ")}]`;
}

/** A tuple of string literals for `x IN (...)`; callers never pass an empty list (an empty filter adds no clause). */
export function strList(values: readonly string[]): string {
  if (values.length === 0) throw new RangeError("an IN list needs at least one value");
  return `(${values.map(str).join(", ")})`;
}

/** A whole-number literal (limits, offsets, counts). */
export function int(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${String(value)} is not a safe integer`);
  return String(value);
}

/** A non-negative whole-number literal. */
export function uint(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${String(value)} is not a whole number >= 0`);
  return String(value);
}

/** An ISO date (YYYY-MM-DD) as a string literal: dates are stored as FixedString(10), see migrations.ts. */
export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new RangeError(`"${value}" is not a YYYY-MM-DD date`);
  return str(value);
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** An identifier (database, table, cluster name): checked, not escaped, so only plain names pass. */
export function ident(name: string): string {
  if (!IDENT.test(name)) throw new RangeError(`"${name}" is not a plain identifier (letters, digits, _; not starting with a digit)`);
  return name;
}

/** True when `name` would pass `ident`. */
export function isIdent(name: string): boolean {
  return IDENT.test(name);
}
