/** Actor colours: the Okabe–Ito palette (distinguishable with colour-vision deficiencies), grey for the rest. */
export const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B", "#000000"];

export const OTHER = "#9A9A9A";

/** The colour of legend entry `k`; the "other actors" entry is grey wherever it falls. */
export function colour(k: number, legend: ReadonlyArray<{ id: string }>): string {
  return legend[k]?.id === "other" ? OTHER : (COLOURS[Math.min(k, COLOURS.length - 1)] as string);
}

/** The CSS class of legend entry `k`'s swatch. */
export function swatchClass(k: number, legend: ReadonlyArray<{ id: string }>): string {
  return legend[k]?.id === "other" ? "swatch c-other" : `swatch c${Math.min(k, COLOURS.length - 1)}`;
}
