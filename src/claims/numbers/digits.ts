/**
 * Figures written with digits, read by the conventions of the text's language: Dutch, German and French
 * group thousands with "." or a space and write decimals with ","; English groups with "," and writes
 * decimals with ".". A space groups thousands in every language ("18 500", "3 500").
 */
import type { Lang } from "../lang.ts";

/** The value of a digit string such as "20.000", "2,7", "1,400" or "18 500" in the given language. */
export function parseDigits(text: string, lang: Lang): number | undefined {
  const tokens = text.replace(/[\s\u00a0\u202f\u2009]+/g, " ").match(/\d+|[ .,]/g) ?? [];
  const decimal = lang === "en" ? "." : ",";
  const group = lang === "en" ? "," : ".";
  let digits = tokens.filter((_, i) => i % 2 === 0);
  const seps = tokens.filter((_, i) => i % 2 === 1);
  if (digits.length !== seps.length + 1 || digits.join("").length + seps.length !== tokens.join("").length) return undefined;
  let fraction = "";
  if (seps.length > 0 && seps[seps.length - 1] === decimal) {
    fraction = digits[digits.length - 1] ?? "";
    digits = digits.slice(0, -1);
    seps.pop();
  }
  if (seps.some((s) => s !== group && s !== " ")) return undefined;
  if (seps.length > 0) {
    if (new Set(seps).size > 1) return undefined;
    if ((digits[0]?.length ?? 0) > 3 || digits.slice(1).some((d) => d.length !== 3)) return undefined;
  }
  return Number(digits.join("") + (fraction ? `.${fraction}` : ""));
}
