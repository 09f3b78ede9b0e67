/**
 * A catalogue template taken apart: its fixed text and its slots, in order. One template then both writes a
 * sentence elsewhere (the quarantine reasons' SQL: sources/reasons.ts) and reads it back (reasonWords).
 *
 * @example
 * templateParts((c: string, v: string) => `${c} ${v} is not a whole number`); // [0, " ", 1, " is not a whole number"]
 */
const MARK = /\uE000(\d+)\uE000/;

export function templateParts(template: (...args: string[]) => string): Array<string | number> {
  const parts = template(...Array.from({ length: template.length }, (_, i) => `\uE000${i}\uE000`)).split(MARK);
  return parts.flatMap((p, i): Array<string | number> => (i % 2 === 1 ? [Number(p)] : p === "" ? [] : [p]));
}
