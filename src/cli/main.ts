/**
 * The CLI's entry: builds the commands, runs one, and maps every error to one line and an exit code in one
 * place. A stack trace is printed only with --debug.
 */
import { Command, CommanderError } from "commander";
import { resolveConfig, type Env } from "../config.ts";
import { formatError, isResurgenceError } from "../errors.ts";
import { messages, type MessageLang } from "../messages/index.ts";
import { sayError } from "../messages/words.ts";
import type { Store } from "../store/index.ts";
import { Context, type Io } from "./context.ts";
import type { Register } from "./commands/register.ts";
import { visible, visibleErr } from "./visible.ts";

/**
 * Every command, by name, with the module that registers it: only the command being run is loaded, so
 * `resurgence --help` and `compare --counts` do not pay for DuckDB, the API or the claim reader.
 */
const COMMANDS: Array<{ names: string[]; summary: string; load: () => Promise<Register> }> = [
  { names: ["demo"], summary: "load the bundled real demo data, print the headline report, then serve the dashboard (what npm start runs)", load: async () => (await import("./commands/demo.ts")).registerDemo },
  { names: ["ingest"], summary: "load event files (UCDP, GDELT, ACLED, GTD; plain, .gz or .zip) into the store", load: async () => (await import("./commands/ingest.ts")).registerIngest },
  { names: ["compact"], summary: "rewrite the raw rows of files kept as delivered into compressed Parquet (a tenth of the disk)", load: async () => (await import("./commands/compact.ts")).registerCompact },
  { names: ["actors"], summary: "the actor registry (resolve, list) and the actors with events in the store (active)", load: async () => (await import("./commands/actors.ts")).registerActors },
  { names: ["compare"], summary: "compare an actor's events in two periods: annualised rates, rate ratio with 95% CI, exact test, a sentence", load: async () => (await import("./commands/compare.ts")).registerCompare },
  { names: ["series"], summary: "events and deaths per month, quarter or year", load: async () => (await import("./commands/series.ts")).registerSeries },
  { names: ["map"], summary: "the map's points: bounded, sampled evenly, coloured by actor", load: async () => (await import("./commands/series.ts")).registerMap },
  { names: ["events"], summary: "events matching a filter, paged", load: async () => (await import("./commands/series.ts")).registerEvents },
  { names: ["status", "rejects"], summary: "what the store holds; quarantined rows", load: async () => (await import("./commands/status.ts")).registerStatus },
  { names: ["sync"], summary: "sync a live source (the UCDP API) into the store", load: async () => (await import("./commands/sync.ts")).registerSync },
  { names: ["reported"], summary: "figures stated by officials and analysts (not events): add, list, import", load: async () => (await import("./commands/reported.ts")).registerReported },
  { names: ["reconcile"], summary: "every dataset's count and every reported figure for one question, side by side, with why they differ", load: async () => (await import("./commands/reconcile.ts")).registerReconcile },
  { names: ["detect", "alerts", "backtest"], summary: "regimes, alarms and regrouping; alerts over every actor × country; backtests", load: async () => (await import("./commands/detect.ts")).registerDetect },
  { names: ["forecast"], summary: "monthly event counts ahead: median, 80% and 95% intervals from a stated negative-binomial model", load: async () => (await import("./commands/forecast.ts")).registerForecast },
  { names: ["watch"], summary: "on a cron schedule: sync sources, detect for watched pairs, notify what is new (webhook, e-mail, Atom)", load: async () => (await import("./commands/watch.ts")).registerWatch },
  { names: ["claims", "check"], summary: "quantitative claims in news text, and each checked against the data", load: async () => (await import("./commands/claims.ts")).registerClaims },
  { names: ["serve"], summary: "serve the API and the dashboard", load: async () => (await import("./commands/serve.ts")).registerServe },
  { names: ["brief"], summary: "write a one-to-two-page briefing as md, html or pdf", load: async () => (await import("./commands/brief.ts")).registerBrief },
];

/** Global options that take a value: the word after them is not a command. */
const VALUED = new Set(["--db", "--store", "--actors"]);

/** The command word of an argv (after node and the script), or undefined. */
function commandWord(args: string[]): string | undefined {
  const known = new Set(COMMANDS.flatMap((c) => c.names));
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (VALUED.has(a)) i++;
    else if (known.has(a)) return a;
  }
  return undefined;
}

export interface MainDeps {
  env?: Env;
  io?: Partial<Io>;
  /** An open store to use instead of the one the flags name (tests); left open. */
  store?: Store;
}

function defaultIo(): Io {
  return {
    out: (l) => process.stdout.write(l + "\n"),
    err: (l) => process.stderr.write(l.startsWith("\r") ? l : l + "\n"),
    isTTY: Boolean(process.stderr.isTTY),
    now: () => new Date(),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}

/**
 * Builds the program with `word`'s command registered in full and every other command as a name and a
 * summary only (enough for --help); with no word, every command fully (for tests and --help of all).
 */
export async function buildProgram(ctx: () => Context, word?: string): Promise<Command> {
  const program = new Command()
    .name("resurgence")
    .description("Count an armed group's attacks from open conflict-event data, compare periods honestly, detect resurgence, check news claims.")
    .option("--db <path>", "the store: a DuckDB file (default ./data/resurgence.duckdb; env RESURGENCE_DB)")
    .option("--store <url>", "alias of --db; also takes clickhouse://host:port/db (env RESURGENCE_STORE)")
    .option("--actors <files...>", "extra actor registry files (env RESURGENCE_ACTORS, colon-separated)")
    .option("--debug", "print stack traces")
    .exitOverride()
    .showHelpAfterError("(run resurgence --help for usage)");
  for (const c of COMMANDS) {
    if (word === undefined || c.names.includes(word)) (await c.load())(program, ctx);
    else for (const name of c.names) program.command(name).description(c.summary);
  }
  return program;
}

/**
 * The language of an error's words: English, unless the command was given a reader's language, `--reader-lang`
 * (check) or else `--lang`, that the catalogue has (Dutch). A command without such a flag stays English.
 */
export function errorLang(argv: string[]): MessageLang {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    if (i >= 0) return argv[i + 1];
    return argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  return (value("--reader-lang") ?? value("--lang")) === "nl" ? "nl" : "en";
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], deps: MainDeps = {}): Promise<number> {
  const given = { ...defaultIo(), ...deps.io };
  // Every line goes out through one sanitizer: data never drives the terminal (see visible.ts).
  const io: Io = { ...given, out: (l) => given.out(visible(l)), err: (l) => given.err(visibleErr(l)) };
  const env = deps.env ?? process.env;
  let context: Context | undefined;
  let debug = argv.includes("--debug") || env.RESURGENCE_DEBUG === "1";
  const program: Command = await buildProgram(() => {
    if (!context) {
      const flags = program.opts<{ db?: string; store?: string; actors?: string[]; debug?: boolean }>();
      context = new Context(resolveConfig(flags, env), io, env, deps.store);
      debug = context.config.debug;
    }
    return context;
  }, commandWord(argv.slice(2)) ?? "");
  program.configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (isResurgenceError(e)) {
      const lang = errorLang(argv);
      io.err(formatError(e, sayError(e, lang), messages(lang).errorLabel));
      if (debug) io.err(String(e.stack));
      return e.exitCode;
    }
    io.err(`error: unexpected failure: ${String((e as Error)?.message ?? e).split("\n")[0]} (this is a bug; run with --debug for the stack trace)`);
    if (debug) io.err(String((e as Error)?.stack ?? e));
    return 1;
  } finally {
    await context?.close();
  }
}
