/**
 * A CLI command that asks one question: its flags are derived from the question's input schema (each field
 * `max_date_precision` becomes `--max-date-precision <value>`, an on/off field a bare flag, with the field's
 * description as help), the values are parsed by that same schema (so the CLI and the API accept and refuse
 * exactly the same), and the answer is printed as JSON (`--json`) exactly as the API returns it, or as text
 * by the command's presenter. Defaults live in the schema, never in commander.
 */
import type { Command } from "commander";
import type { z } from "zod";
import { StoreError, UsageError } from "../errors.ts";
// The question machinery's own modules rather than the questions/ barrel, so a command loads only its questions.
import { Answerer } from "../questions/cache.ts";
import { isFlag } from "../questions/fields.ts";
import { words, wordsError } from "../messages/words.ts";
import { FieldError, issueText, issueWords } from "../questions/issues.ts";
import type { Question, QuestionEnv } from "../questions/question.ts";
import type { Store } from "../store/index.ts";
import type { Context } from "./context.ts";
import { askServer, Unreachable } from "./remote.ts";
import { removeRunFile, runFilePath } from "./run-file.ts";

const flagName = (key: string): string => `--${key.replace(/_/g, "-")}`;
const camel = (key: string): string => key.replace(/_([a-z])/g, (_m, ch: string) => ch.toUpperCase());

interface Def {
  type?: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

/** The field's description, looking through optional/default/pipe wrappers. */
function describe(field: z.ZodType): string {
  let f: z.ZodType | undefined = field;
  for (let i = 0; f && i < 6; i++) {
    if (f.description) return f.description;
    const def: Def = (f as unknown as { _zod: { def: Def } })._zod.def;
    f = def.innerType ?? def.in;
  }
  return "";
}

function isRequired(field: z.ZodType): boolean {
  return !field.safeParse(undefined).success;
}

/** Adds one option per input field (except `omit`) to a command. */
export function addInputOptions(cmd: Command, schema: z.ZodObject, omit: readonly string[] = []): Command {
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (omit.includes(key)) continue;
    const help = `${describe(field)}${isRequired(field) ? " (required)" : ""}`;
    cmd.option(isFlag(field) ? flagName(key) : `${flagName(key)} <value>`, help);
  }
  return cmd;
}

/**
 * The input as the user gave it, by the parsed input made from it: what a running server is sent, so that it
 * parses exactly what the local run would have (a parsed period or country list has no query-string form).
 */
const RAW = new WeakMap<object, Record<string, unknown>>();

/** Commander's parsed options → the question's input, parsed by its schema; a failure names the flag. */
export function parseInput<S extends z.ZodObject>(schema: S, opts: Record<string, unknown>, extra: Record<string, unknown> = {}): z.output<S> {
  const raw: Record<string, unknown> = { ...extra };
  for (const key of Object.keys(schema.shape)) {
    const v = opts[camel(key)];
    if (v !== undefined) raw[key] = v;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) {
    RAW.set(parsed.data, raw);
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  const key = issue?.path[0] === undefined ? undefined : String(issue.path[0]);
  if (!issue || !key) throw new UsageError(issue?.message ?? "invalid input");
  const given = raw[key];
  if (given === undefined) throw new UsageError(`${flagName(key)} is required`, "run the command with --help for its flags");
  // A domain parser's error (a bad period, an unknown country) keeps its catalogue words and hint, so the
  // top-level catch can say it in the language a --lang asks for.
  const said = issueWords(issue);
  if (said) throw wordsError(UsageError, typeof given === "string" ? words("flagValue", flagName(key), given, said.message) : words("flagProblem", flagName(key), said.message), said.hint);
  throw new UsageError(`${flagName(key)}${typeof given === "string" ? ` "${given}"` : ""}: ${issueText(issue)}`);
}

/** A store for questions that never read one: opening it would only take the file's lock. */
const NO_STORE = new Proxy({} as Store, {
  get(_t, prop) {
    if (prop === "onChange" || prop === "then") return undefined;
    throw new StoreError("internal: this question does not read the store");
  },
});

/**
 * Answers a question for the CLI: opens the store only when the question reads it. The one place a question
 * is routed: to the local store, or, while a server holds the store (its run file beside it names a live
 * process), to that server's API, whose JSON answer is the same answer.
 */
export async function ask<Q extends Question>(ctx: Context, q: Q, input: z.output<Q["input"]>): Promise<Awaited<ReturnType<Q["run"]>>> {
  const server = q.readsStore === false ? null : ctx.server();
  const raw = RAW.get(input as object);
  if (server && raw) {
    try {
      return (await askServer(server, q, raw)) as Awaited<ReturnType<Q["run"]>>;
    } catch (e) {
      // A run file whose pid now belongs to another process: no server holds the store after all.
      if (!(e instanceof Unreachable)) throw e;
      removeRunFile(runFilePath(ctx.config.db)!, server.secret);
    }
  }
  const store = q.readsStore === false ? NO_STORE : await ctx.openStore();
  // The registry is built on first use: figures given by hand never need it.
  const env: QuestionEnv = { store, now: ctx.io.now, get registry() { return ctx.actors(); } };
  try {
    return (await new Answerer(env).answer(q, input)) as Awaited<ReturnType<Q["run"]>>;
  } catch (e) {
    if (e instanceof FieldError) throw e.words ? wordsError(UsageError, words("flagProblem", flagName(e.field), e.words.message), e.words.hint, e) : new UsageError(`${flagName(e.field)}: ${e.message}`, e.hint, { cause: e });
    throw e;
  }
}

/** Prints an answer as the API gives it. */
export function printJson(ctx: Context, answer: unknown): void {
  ctx.io.out(JSON.stringify(answer, null, 2));
}

/**
 * Registers `resurgence <name>` for a question: flags from its input, `--json`, and `present` for text.
 * @example
 * questionCommand(program, ctx, compareQuestion, { name: "compare", present: (a, c) => c.io.out(a.rows[0].comparison.sentence) });
 */
export function questionCommand<Q extends Question>(
  parent: Command,
  ctx: () => Context,
  q: Q,
  o: { name?: string; description?: string; present: (answer: Awaited<ReturnType<Q["run"]>>, c: Context, input: z.output<Q["input"]>) => void },
): Command {
  const cmd = parent.command(o.name ?? q.name).description(o.description ?? q.summary);
  addInputOptions(cmd, q.input).option("--json", "print the answer as JSON (as the API gives it)");
  cmd.action(async (opts: Record<string, unknown>) => {
    const c = ctx();
    const input = parseInput(q.input, opts) as z.output<Q["input"]>;
    const answer = await ask(c, q, input);
    if (opts.json) printJson(c, answer);
    else o.present(answer, c, input);
  });
  return cmd;
}
