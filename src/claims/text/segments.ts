/**
 * Splitting a passage into sentences and sentences into clauses, by offsets into the original text.
 * News text breaks sentences at ". " before a capital, digit or quote; abbreviations ("U.S.", "Nov.", "z.B.")
 * and numbers ("20.000", "2,7") do not break. Clauses break at , ; : ( ) and spaced dashes, which is where
 * one figure's period or country usually stops applying to the next figure.
 */

/** A half-open range of offsets [start, end). */
export interface Segment {
  start: number;
  end: number;
}

/** A sentence with its clauses and the paragraph it belongs to. */
export interface Sentence extends Segment {
  index: number;
  paragraph: number;
  clauses: Segment[];
}

const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof st nov jan feb mar apr jun jul aug sep sept oct dec no nr vs ca bzw etc gen lt col sgt jr inc co corp dhr mevr mw mme m art abs ff vgl resp evt bijv zgn ggf usw".split(" "),
);

function isAbbreviation(folded: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(folded[s - 1] ?? "")) s--;
  const word = folded.slice(s, dot);
  if (word.length === 0) return false;
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && word.replace(/\./g, "").length <= 3 && word.length <= 5) return true;
  return ABBREVIATIONS.has(word.replace(/.*\./, ""));
}

function startsSentence(text: string, at: number): boolean {
  const ch = text[at] ?? "";
  return /[\p{Lu}\p{N}"'«„“‘(]/u.test(ch);
}

/** A comma inside a list of names ("Mali, Niger and Burkina Faso") does not end a clause. */
function listComma(text: string, at: number): boolean {
  const before = /(\p{L})[\p{L}.'’-]*$/u.exec(text.slice(Math.max(0, at - 30), at));
  const after = /^\s+(\p{L})/u.exec(text.slice(at + 1, at + 4));
  const word = /(\p{L}[\p{L}.'’-]*)$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? "";
  return Boolean(before && after && /\p{Lu}/u.test(word[0] ?? "") && /\p{Lu}/u.test(after[1] ?? ""));
}

/**
 * Contrastive conjunctions open a clause of their own even without a comma ("… 40 attacks while in April they
 * claimed 30"): each side has its own period and figure.
 */
const CONTRAST = /^ (?:(?:while|whilst|whereas|terwijl|wohingegen) |(?:tandis|alors) qu(?:e |'))/u;

function clausesOf(text: string, folded: string, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = folded[i];
    let cut = false;
    if (ch === " " && CONTRAST.test(folded.slice(i, i + 14))) cut = true;
    else if (ch === ";" || ch === ":" || ch === "(" || ch === ")") cut = true;
    else if (ch === ",") cut = !(/\d/.test(folded[i - 1] ?? "") && /\d/.test(folded[i + 1] ?? "")) && !listComma(text, i);
    else if (ch === "-") cut = folded[i - 1] === " " && folded[i + 1] === " ";
    if (cut) {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (end > from) out.push({ start: from, end });
  return out.filter((c) => /[\p{L}\p{N}]/u.test(folded.slice(c.start, c.end)));
}

/** The sentences of a passage, each with its clauses. `folded` must be `fold(text)`. */
export function splitSentences(text: string, folded: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number, nextParagraph: boolean): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length, paragraph, clauses: clausesOf(text, folded, s, e) });
    if (nextParagraph) paragraph++;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = folded[i];
    if (ch === "\n") {
      let j = i + 1;
      while (j < text.length && /[ \t\r]/.test(text[j] ?? "")) j++;
      const blank = text[j] === "\n";
      push(i, blank);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let j = i + 1;
    while (j < text.length && /["')\]»”’]/.test(text[j] ?? "")) j++;
    if (text[j] === " " && text[j + 1] === "»") j += 2;
    if (j < text.length && text[j] !== " " && text[j] !== "\t" && text[j] !== "\n") continue;
    let k = j;
    while (k < text.length && (text[k] === " " || text[k] === "\t")) k++;
    if (k < text.length && text[k] !== "\n" && !startsSentence(text, k)) continue;
    if (ch === "." && k < text.length && isAbbreviation(folded, i)) continue;
    push(j, false);
    start = j;
  }
  push(text.length, false);
  return out;
}
