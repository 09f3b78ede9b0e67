/**
 * Turns a sequence of number lexemes into a value, rejecting sequences no language writes ("twintig twintig",
 * "hundred hundred"). Below a hundred, Dutch and German put the unit first joined by "en"/"und"
 * (drieënvijftig = 3 + 50); English and French put the ten first (fifty-three, cinquante-trois), French
 * adds teens after 60 and 80 (soixante-dix-sept = 60 + 17, quatre-vingt-onze = 80 + 11).
 */
import type { Lexeme } from "./lexeme.ts";

/** How a language orders the parts of a number below a hundred. */
export type Order = "unit-first" | "ten-first";

interface State {
  total: number;
  group: number;
  small: number;
  last: Lexeme["kind"] | "start";
  lastSmall: number;
  pendingUnit: boolean;
  lastScale: number;
  hadHundred: boolean;
}

function step(s: State, lx: Lexeme, order: Order): boolean {
  switch (lx.kind) {
    case "unit":
    case "teen": {
      if (s.last === "unit" || s.last === "teen") return false;
      if (s.last === "ten") {
        if (order === "unit-first") return false;
        if (lx.kind === "teen" && s.lastSmall !== 60 && s.lastSmall !== 80) return false;
      }
      if (s.last === "and" && order === "unit-first") return false;
      if (s.last === "and" && order === "ten-first" && s.small > 0 && lx.value !== 1 && lx.value !== 11) return false;
      s.small += lx.value;
      s.lastSmall = lx.value;
      s.last = lx.kind;
      return true;
    }
    case "ten": {
      if (s.last === "ten" || s.last === "teen") return false;
      if (s.last === "unit" && !(order === "unit-first" && s.pendingUnit)) return false;
      if (s.last === "and" && order === "unit-first" && !s.pendingUnit) return false;
      s.small += lx.value;
      s.lastSmall = lx.value;
      s.pendingUnit = false;
      s.last = "ten";
      return true;
    }
    case "and": {
      if (s.last === "unit" && order === "unit-first") {
        s.pendingUnit = true;
        s.last = "and";
        return true;
      }
      if (order === "ten-first" && (s.last === "ten" || s.last === "hundred" || s.last === "scale")) {
        s.last = "and";
        return true;
      }
      return false;
    }
    case "hundred": {
      if (s.hadHundred || s.small >= 100 || s.last === "and") return false;
      s.group += (s.small || 1) * 100;
      s.small = 0;
      s.hadHundred = true;
      s.last = "hundred";
      return true;
    }
    case "scale": {
      if (s.last === "and") return false;
      if (s.lastScale && lx.value >= s.lastScale) return false;
      s.total += (s.group + s.small || 1) * lx.value;
      s.group = 0;
      s.small = 0;
      s.hadHundred = false;
      s.lastScale = lx.value;
      s.last = "scale";
      return true;
    }
    default: {
      const never: never = lx;
      throw new Error(`unknown lexeme ${JSON.stringify(never)}`);
    }
  }
}

/** The value of a lexeme sequence, or undefined when the sequence is not a well-formed number. */
export function combine(lexemes: readonly Lexeme[], order: Order): number | undefined {
  if (lexemes.length === 0) return undefined;
  const s: State = { total: 0, group: 0, small: 0, last: "start", lastSmall: 0, pendingUnit: false, lastScale: 0, hadHundred: false };
  for (const lx of lexemes) if (!step(s, lx, order)) return undefined;
  if (s.last === "and") return undefined;
  return s.total + s.group + s.small;
}
