/**
 * Look-up tables keyed by words of the text. A plain object literal inherits "constructor", "toString"
 * and the like, so a text containing those words would find a function; these tables have no prototype.
 */

/** A table of the given entries that answers undefined for every other key. */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T | undefined>> {
  return Object.assign(Object.create(null) as Record<string, T | undefined>, entries);
}
