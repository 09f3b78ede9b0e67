/**
 * For tests: the English catalogue as the fixed words a reader would see, to assert a Dutch page holds none of
 * them. Each message is written out with a slot mark for its arguments and cut at the slots; a fragment that
 * the Dutch catalogue also holds (a name such as "UCDP GED", a symbol) is not English and is skipped.
 */
import { messages, type Messages } from "../index.ts";

const SLOT = "\u0000";

/** Every message's text, functions called with slot marks (and once more with the last one empty: a yes/no argument's other branch). */
function texts(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (typeof node === "function") {
    const f = node as (...a: unknown[]) => unknown;
    const slots = Array.from({ length: Math.max(f.length, 1) }, () => SLOT);
    const last = [...slots.slice(0, -1), ""];
    return [f(...slots), f(...last)].flatMap(texts);
  }
  if (node && typeof node === "object") return Object.values(node).flatMap(texts);
  return [];
}

function fragments(catalogue: Messages, minLength: number): Set<string> {
  const out = new Set<string>();
  for (const t of texts(catalogue))
    for (const piece of t.split(SLOT)) {
      const x = piece.replace(/\s+/g, " ").trim().replace(/^[\s,;:.()"'–—-]+|[\s,;:.()"'–—-]+$/g, "");
      if (x.length >= minLength && /\s/.test(x)) out.add(x);
    }
  return out;
}

/**
 * The fixed pieces of English catalogue sentences: at least `minLength` characters and two words, none of
 * them also in the Dutch catalogue.
 * @example
 * englishSentences().filter((s) => dutchPageText.includes(s)); // → [] on a page with no English left
 */
export function englishSentences(minLength = 12): string[] {
  const dutch = [...fragments(messages("nl"), 1)];
  return [...fragments(messages("en"), minLength)].filter((x) => !dutch.some((d) => d.includes(x)));
}

/** The English catalogue sentences found in `text` (white space normalised). */
export function englishIn(text: string, minLength = 12): string[] {
  const flat = text.replace(/\s+/g, " ");
  return englishSentences(minLength).filter((x) => flat.includes(x));
}

/**
 * The English words of the dashboard's choices (roles, date precisions, violence types, article languages):
 * too short to be sentences, so `englishSentences` leaves them out; a choice whose Dutch is the same word is
 * skipped.
 * @example
 * options.filter((o) => englishChoices().includes(o)); // → [] for the option labels of a Dutch page
 */
export function englishChoices(): string[] {
  const [en, nl] = [messages("en"), messages("nl")];
  const pairs = [
    [en.form.roles, nl.form.roles],
    [en.form.articleLangs, nl.form.articleLangs],
    [en.rule.precisions, nl.rule.precisions],
    [en.rule.violence, nl.rule.violence],
  ] as const;
  return pairs.flatMap(([e, n]) => Object.entries(e).filter(([k, v]) => n[k] !== v).map(([, v]) => v));
}
