/**
 * Places: country names and codes. Datasets and articles name countries many ways; everything inside the
 * system uses ISO 3166-1 alpha-3.
 */
import { UsageError } from "../errors.ts";
import { words, wordsError } from "../messages/words.ts";
import { countryToIso3 } from "./countries.ts";

export { countryName, countryToIso3, iso3Name } from "./countries.ts";

/** Parses a `--country SYR,IRQ` style list (codes or names in any of the four languages). */
export function parseCountryList(spec: string): string[] {
  const parts = spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) throw wordsError(UsageError, words("noCountry"), words("passCountries"));
  return parts.map((p) => {
    const iso3 = countryToIso3(p);
    if (!iso3) throw wordsError(UsageError, words("unknownCountry", p), words("countryHint"));
    return iso3;
  });
}
