/** The counting-rule flags every counting command shares, and actor argument resolution. */
import type { Command } from "commander";
import { resolveName } from "../../actors/index.ts";
import { DatePrecision, ViolenceType } from "../../event.ts";
import { UsageError } from "../../errors.ts";
import { Role } from "../../store/index.ts";
import type { CountingRuleInput } from "../../analysis/counting/index.ts";
import type { Context } from "../context.ts";

export interface RuleFlags {
  dataset?: string;
  role?: string;
  violence?: string;
  maxDatePrecision?: string;
  includeAffiliates?: boolean;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} "${value}" is not one of ${allowed.join(", ")}`);
  return value as T;
}

/** Flags → a counting rule input, each value checked with a one-line error. */
export function ruleOptions(flags: RuleFlags): CountingRuleInput {
  return {
    dataset: flags.dataset,
    role: flags.role ? oneOf("--role", flags.role, Role.options) : undefined,
    violenceTypes: flags.violence ? flags.violence.split(",").map((v) => oneOf("--violence", v.trim(), ViolenceType.options)) : undefined,
    maxDatePrecision: flags.maxDatePrecision ? oneOf("--max-date-precision", flags.maxDatePrecision, DatePrecision.options) : undefined,
    includeAffiliates: flags.includeAffiliates,
  };
}

ruleOptions.register = (cmd: Command): Command =>
  cmd
    .option("--dataset <name>", "which dataset counts (ucdp-ged, gdelt, acled, gtd)", "ucdp-ged")
    .option("--role <role>", `which role counts: ${Role.options.join(", ")}`, "any_side")
    .option("--violence <types>", `violence types to count, comma-separated: ${ViolenceType.options.join(", ")} (default: all)`)
    .option("--max-date-precision <p>", `coarsest date precision still counted: ${DatePrecision.options.join(", ")}`, "year")
    .option("--include-affiliates", "count the actor's affiliates too (e.g. IS provinces)");

/** The actor a user named; an unknown name still counts by its written form, with a warning. */
export function resolveActorArg(ctx: Context, name: string): { id: string; name: string; known: boolean } {
  const r = resolveName(ctx.actors(), name);
  if (!r.known) ctx.io.err(`warning: "${name}" is not in the actor registry; counting events whose sides are written exactly so (id ${r.id})`);
  return { id: r.id, name: r.name, known: r.known };
}
