/**
 * The few error classes of the system. Each carries what its boundary needs: an exit code for the CLI,
 * an HTTP status for the API, a file and line for bad input. They are mapped to output in one place per
 * boundary (the CLI's top-level catch, the API's onError); anything else is a bug and exits 1 / answers 500.
 */

export interface Where {
  file?: string;
  line?: number;
}

/**
 * Words from the message catalogue (`messages/`): a key of its `errors` section and the arguments, any of
 * which may be words themselves. An error raised below the surfaces carries them beside its English text, so
 * each boundary can say it again in the reader's language (`messages/words.ts` renders them).
 */
export interface Words {
  key: string;
  args: ReadonlyArray<string | number | Words>;
}

/** What an error says, as catalogue words: its message and, if any, its hint. */
export interface ErrorWords {
  message: Words;
  hint?: Words;
}

export interface ErrorOptions {
  cause?: unknown;
  /** The catalogue words of the message and hint, when the error was raised with them. */
  words?: ErrorWords;
}

/** Base class: a message a user can act on (what, where, how to fix). */
export class ResurgenceError extends Error {
  override name = "ResurgenceError";
  readonly exitCode: number = 1;
  readonly status: number = 500;
  /** The message and hint as catalogue words, to be said in another language; absent for English-only errors. */
  readonly words?: ErrorWords;
  /** What a caller added to the hint (withMoreHint), in its own words: said after the catalogue's hint. */
  readonly moreHint?: string;
  constructor(
    message: string,
    readonly hint?: string,
    options?: ErrorOptions,
  ) {
    super(message, options && "cause" in options ? { cause: options.cause } : undefined);
    if (options?.words) this.words = options.words;
  }
}

/** The user asked for something malformed: a flag, a period, a query parameter. */
export class UsageError extends ResurgenceError {
  override name = "UsageError";
  override readonly exitCode = 2;
  override readonly status = 400;
}

/** A file (or upload) that cannot be read as any supported layout. */
export class InputError extends ResurgenceError {
  override name = "InputError";
  override readonly exitCode = 3;
  override readonly status = 422;
  constructor(
    message: string,
    readonly where: Where,
    hint?: string,
    options?: ErrorOptions,
  ) {
    super(message, hint, options);
  }
}

/**
 * The same refusal, said of the file the user named (an upload's name, a zip archive) instead of the copy that was
 * read; its catalogue words go with it, so it is still said in the reader's language.
 */
export function aboutFile(e: InputError, file: string): InputError {
  return new InputError(e.message, { ...e.where, file }, e.hint, { cause: e, ...(e.words ? { words: e.words } : {}) });
}

/** Something asked for does not exist (an actor, a dataset, an event). */
export class NotFoundError extends ResurgenceError {
  override name = "NotFoundError";
  override readonly exitCode = 4;
  override readonly status = 404;
}

/** The store cannot be opened or answered wrongly (locked file, server down, failed migration). */
export class StoreError extends ResurgenceError {
  override name = "StoreError";
  override readonly exitCode = 5;
  override readonly status = 503;
}

/**
 * Something on this machine the command needs is missing: a program (Chromium, for PDF output) or a built
 * part of the package. Exit 5, like a store that cannot be opened: the setup, not the request, must change.
 */
export class UnavailableError extends ResurgenceError {
  override name = "UnavailableError";
  override readonly exitCode = 5;
  override readonly status = 503;
}

/** A remote source (the UCDP API) kept failing beyond the retries, or answered something unusable. */
export class UpstreamError extends ResurgenceError {
  override name = "UpstreamError";
  override readonly exitCode = 7;
  override readonly status = 502;
}

/** Refused for lack of credentials. */
export class AuthError extends ResurgenceError {
  override name = "AuthError";
  override readonly exitCode = 6;
  override readonly status = 401;
}

/**
 * Adds `more` to the error's hint: what else the user must know where it is reported, such as the files a
 * multi-file ingest did not attempt. The class (and so the exit code and HTTP status) stays as it was.
 */
export function withMoreHint<E extends ResurgenceError>(e: E, more: string): E {
  Object.defineProperty(e, "hint", { value: e.hint ? `${e.hint}; ${more}` : more, enumerable: true });
  // Said again in the reader's language, the hint comes from the error's catalogue words: the addition, already
  // in the caller's words, is kept apart to follow it.
  Object.defineProperty(e, "moreHint", { value: e.moreHint ? `${e.moreHint}; ${more}` : more, enumerable: true });
  return e;
}

export function isResurgenceError(e: unknown): e is ResurgenceError {
  return e instanceof ResurgenceError;
}

/**
 * One line: what, where, how to fix; `said` is the message and hint in the reader's language, if not as raised,
 * and `label` the word that starts the line in that language (the catalogue's errorLabel).
 */
export function formatError(e: ResurgenceError, said: { message: string; hint?: string } = e, label = "error"): string {
  const where =
    e instanceof InputError && e.where.file
      ? `${e.where.file}${e.where.line !== undefined ? `:${e.where.line}` : ""}: `
      : "";
  const hint = said.hint ? ` (${said.hint})` : "";
  return `${label}: ${where}${said.message}${hint}`;
}
