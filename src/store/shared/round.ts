/** A cell centre without the float noise of `floor(x / s) * s + s / 2` (35.949999999999996 → 35.95). */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
