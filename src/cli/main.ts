/**
 * The CLI's entry: builds the commands, runs one, and maps every error to one line and an exit code in one
 * place. A stack trace is printed only with --debug.
 */
import { Command, CommanderError } from "commander";
import { resolveConfig, type Env } from "../config.ts";
import { formatError, isResurgenceError } from "../errors.ts";
import { Context, type Io } from "./context.ts";
import { registerActors } from "./commands/actors.ts";
import { registerCompare } from "./commands/compare.ts";
import { registerDemo } from "./commands/demo.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerStatus } from "./commands/status.ts";
import { registerSync } from "./commands/sync.ts";
import { registerReported } from "./commands/reported.ts";
import { registerReconcile } from "./commands/reconcile.ts";
import { registerDetect } from "./commands/detect.ts";
import { registerClaims } from "./commands/claims.ts";
import { registerServe } from "./commands/serve.ts";
import { registerBrief } from "./commands/brief.ts";

export interface MainDeps {
  env?: Env;
  io?: Partial<Io>;
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

export function buildProgram(ctx: () => Context): Command {
  const program = new Command()
    .name("resurgence")
    .description("Count an armed group's attacks from open conflict-event data, compare periods honestly, detect resurgence, check news claims.")
    .option("--db <path>", "the store: a DuckDB file (default ./data/resurgence.duckdb; env RESURGENCE_DB)")
    .option("--store <url>", "alias of --db; also takes clickhouse://host:port/db (env RESURGENCE_STORE)")
    .option("--actors <files...>", "extra actor registry files (env RESURGENCE_ACTORS, colon-separated)")
    .option("--debug", "print stack traces")
    .exitOverride()
    .showHelpAfterError("(run resurgence --help for usage)");
  registerDemo(program, ctx);
  registerIngest(program, ctx);
  registerActors(program, ctx);
  registerCompare(program, ctx);
  registerStatus(program, ctx);
  registerSync(program, ctx);
  registerReported(program, ctx);
  registerReconcile(program, ctx);
  registerDetect(program, ctx);
  registerClaims(program, ctx);
  registerServe(program, ctx);
  registerBrief(program, ctx);
  return program;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], deps: MainDeps = {}): Promise<number> {
  const io = { ...defaultIo(), ...deps.io };
  const env = deps.env ?? process.env;
  let context: Context | undefined;
  let debug = argv.includes("--debug") || env.RESURGENCE_DEBUG === "1";
  const program = buildProgram(() => {
    if (!context) {
      const flags = program.opts<{ db?: string; store?: string; actors?: string[]; debug?: boolean }>();
      context = new Context(resolveConfig(flags, env), io, env);
      debug = context.config.debug;
    }
    return context;
  });
  program.configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (isResurgenceError(e)) {
      io.err(formatError(e));
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
