/** Runs the CLI in process on a set environment, collecting its output: for the hardening tests of issue 13. */
import { main } from "../../src/cli/main.ts";

export interface Run {
  code: number;
  out: string[];
  err: string[];
}

export async function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "resurgence", ...args], {
    env,
    io: { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => new Date("2026-11-29T12:00:00Z"), stdin: async () => "" },
  });
  return { code, out, err };
}

/** One line on stderr, no stack trace, no "this is a bug". */
export const ONE_LINE = /^error: [^\n]+\([^\n]+\)$/;
export const NOT_A_BUG = /unexpected failure|this is a bug|\bat .*:\d+:\d+/;
