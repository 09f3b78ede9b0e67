/**
 * The pieces number words are made of. A lexicon maps each piece (a whole word, or a morpheme inside a Dutch
 * or German compound) to one lexeme; `combine.ts` turns a sequence of lexemes into a value.
 */

/** One piece of a written number. */
export type Lexeme =
  | { kind: "unit"; value: number } // 1–9
  | { kind: "teen"; value: number } // 10–19
  | { kind: "ten"; value: number } // 20–90
  | { kind: "hundred" }
  | { kind: "scale"; value: number } // 1e3, 1e6, 1e9
  | { kind: "and" }; // "en"/"und" inside compounds, "and"/"et" between words

/** Builds a lexicon from compact tables: units 1–9, teens 10–19, tens 20–90 and the rest. */
export function lexicon(parts: {
  units: Record<string, number>;
  teens: Record<string, number>;
  tens: Record<string, number>;
  hundred: string[];
  scales: Record<string, number>;
  and: string[];
}): Map<string, Lexeme> {
  const map = new Map<string, Lexeme>();
  for (const [w, value] of Object.entries(parts.units)) map.set(w, { kind: "unit", value });
  for (const [w, value] of Object.entries(parts.teens)) map.set(w, { kind: "teen", value });
  for (const [w, value] of Object.entries(parts.tens)) map.set(w, { kind: "ten", value });
  for (const w of parts.hundred) map.set(w, { kind: "hundred" });
  for (const [w, value] of Object.entries(parts.scales)) map.set(w, { kind: "scale", value });
  for (const w of parts.and) map.set(w, { kind: "and" });
  return map;
}
