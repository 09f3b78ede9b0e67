/**
 * Errors in catalogue words. A layer below the surfaces (periods, places, actors, a question) raises an
 * error with a key of the catalogue's `errors` section and its arguments; the error's own message is the
 * English text (the log's and the CLI's language), and a boundary that knows the reader's language says it
 * again with `sayError`. Keys and arguments are type-checked against the English catalogue.
 *
 * @example
 * throw wordsError(UsageError, words("unknownCountry", "Atlantis"), words("countryHint"));
 * sayError(e, "nl"); // { message: 'onbekend land "Atlantis"', hint: "gebruik een ISO 3166-1 …" }
 */
import { InputError, type ErrorOptions, type ErrorWords, type ResurgenceError, type Where, type Words } from "../errors.ts";
import { messages, type MessageLang, type Messages } from "./index.ts";

type ErrorMessages = Messages["errors"];
export type ErrorKey = keyof ErrorMessages;
/** A message's arguments; any of them may be words of their own, said first. */
type ArgsOf<K extends ErrorKey> = ErrorMessages[K] extends (...a: infer P) => string ? { [I in keyof P]: P[I] | Words } : [];

/** The words of one catalogue error message. */
export function words<K extends ErrorKey>(key: K, ...args: ArgsOf<K>): Words {
  return { key, args: args as ReadonlyArray<string | number | Words> };
}

/** Words in a language; arguments that are words are said first. */
export function say(w: Words, lang: MessageLang = "en"): string {
  const m = messages(lang).errors as Record<string, string | ((...a: Array<string | number>) => string)>;
  const entry = m[w.key];
  if (entry === undefined) throw new Error(`no error message "${w.key}" in the catalogue`);
  return typeof entry === "string" ? entry : entry(...w.args.map((a) => (typeof a === "object" ? say(a, lang) : a)));
}

type ErrorClass<E extends ResurgenceError> = new (message: string, hint?: string, options?: ErrorOptions) => E;

/** An error of class `Class` raised with catalogue words: its message and hint are their English text. */
export function wordsError<E extends ResurgenceError>(Class: ErrorClass<E>, message: Words, hint?: Words, cause?: unknown): E {
  const said: ErrorWords = hint ? { message, hint } : { message };
  return new Class(say(message), hint && say(hint), { words: said, ...(cause === undefined ? {} : { cause }) });
}

/** A bad file's error raised with catalogue words: where it is (file, line), what is wrong, how to fix it. */
export function inputError(where: Where, message: Words, hint?: Words, cause?: unknown): InputError {
  const said: ErrorWords = hint ? { message, hint } : { message };
  return new InputError(say(message), where, hint && say(hint), { words: said, ...(cause === undefined ? {} : { cause }) });
}

/** An error's message and hint in a language: from its catalogue words when it has them, else as raised. */
export function sayError(e: ResurgenceError, lang: MessageLang): { message: string; hint?: string } {
  if (!e.words) return e.hint ? { message: e.message, hint: e.hint } : { message: e.message };
  const more = e.moreHint ? [e.moreHint] : [];
  const hint = e.words.hint ? [say(e.words.hint, lang), ...more].join("; ") : e.hint;
  return hint ? { message: say(e.words.message, lang), hint } : { message: say(e.words.message, lang) };
}
