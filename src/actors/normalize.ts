/**
 * Name normalisation for alias look-up: case, accents, apostrophe variants, dots and spacing are folded so
 * "Da’esh", "Da'esh" and "DAESH" meet, and "État islamique" meets "Etat islamique".
 */
export function normalizeName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** A stable id for a name the registry does not know: "Fatah Halab" → "fatah-halab". */
export function slugify(s: string): string {
  const slug = normalizeName(s)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "unnamed";
}
