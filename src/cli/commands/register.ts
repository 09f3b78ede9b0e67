/** What each command module exports: a function that adds its command(s) to the program. */
import type { Command } from "commander";
import type { Context } from "../context.ts";

export type Register = (program: Command, ctx: () => Context) => void;
