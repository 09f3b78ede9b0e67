/**
 * Length-preserving folding: every UTF-16 code unit maps to exactly one code unit, lower-cased and without
 * accents, curly quotes made straight, dashes made "-", exotic spaces made " ". Because offsets in the folded
 * string equal offsets in the original, every pattern can run on the folded text and still report spans of
 * the original.
 */

const table = new Uint16Array(0x10000);

function foldUnit(code: number): number {
  const ch = String.fromCharCode(code);
  if ("’‘ʼ`´".includes(ch)) return 39; // '
  if ("“”«»„‟".includes(ch)) return 34; // "
  if ("‐‑‒–—―−".includes(ch)) return 45; // -
  if (/\s/.test(ch)) return ch === "\n" ? 10 : 32;
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return code;
  const base = lower.normalize("NFD");
  return base.length >= 1 && base.charCodeAt(0) < 0xd800 ? base.charCodeAt(0) : lower.charCodeAt(0);
}

const DECODER = new TextDecoder("utf-16le");

/** The folded form of a text, the same length as the text. */
export function fold(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      out[i] = code;
      continue;
    }
    let f = table[code] ?? 0;
    if (f === 0) {
      f = foldUnit(code);
      table[code] = f;
    }
    out[i] = f;
  }
  return DECODER.decode(out);
}
