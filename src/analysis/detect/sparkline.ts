/**
 * A one-line terminal chart of a series with the eight block characters ▁▂▃▄▅▆▇█. The scale runs from
 * `min` (default 0, since counts are compared with silence) to `max` (default the series maximum).
 * @example sparkline([0, 1, 2, 4, 8]) // "▁▂▃▅█"
 */
const BLOCKS = "▁▂▃▄▅▆▇█";

/** Renders `values` as sparkline characters, one per value. */
export function sparkline(values: readonly number[], scale: { min?: number; max?: number } = {}): string {
  const min = scale.min ?? Math.min(0, ...values);
  const max = scale.max ?? Math.max(min, ...values);
  const span = max - min;
  return values
    .map((v) => {
      const level = span > 0 ? Math.round(((Math.min(Math.max(v, min), max) - min) / span) * 7) : 0;
      return BLOCKS[level] as string;
    })
    .join("");
}
