/**
 * `resurgence brief`: a one-to-two-page briefing on an actor in places and two periods, as Markdown, HTML
 * or PDF: the headline sentence, the monthly chart, the map, the comparison table, caveats and sources.
 * Its numbers come from buildBriefing, which counts with compareInStore like `compare` and the API.
 */
import type { Command } from "commander";
import { writeFile } from "node:fs/promises";
import { CountingRule } from "../../analysis/counting/index.ts";
import { UsageError } from "../../errors.ts";
import { parsePeriod } from "../../periods/index.ts";
import { parseCountryList } from "../../places/index.ts";
import { buildBriefing, chromiumPdf, renderHtml, renderMarkdown } from "../../report/index.ts";
import type { Context } from "../context.ts";
import { resolveActorArg, ruleOptions, type RuleFlags } from "./rule-flags.ts";

export interface BriefFlags extends RuleFlags {
  actor?: string;
  country?: string;
  period?: string;
  vs?: string;
  lang?: string;
  format?: string;
  out?: string;
}

const FORMATS = ["md", "html", "pdf"] as const;

export async function runBrief(ctx: Context, flags: BriefFlags): Promise<void> {
  if (!flags.actor || !flags.period || !flags.vs) throw new UsageError("brief needs --actor, --period and --vs", "e.g. resurgence brief --actor IS --country SYR,IRQ --period 2017 --vs 2018");
  const format = flags.format ?? "md";
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format "${format}" is not md, html or pdf`);
  if (flags.lang !== undefined && flags.lang !== "en" && flags.lang !== "nl") throw new UsageError(`--lang "${flags.lang}" is not en or nl`);
  if (format === "pdf" && !flags.out) throw new UsageError("a PDF needs --out FILE");
  const rule = CountingRule.parse(ruleOptions(flags));
  resolveActorArg(ctx, flags.actor);
  const data = await buildBriefing(
    { actor: flags.actor, countries: flags.country ? parseCountryList(flags.country) : [], period: parsePeriod(flags.period), vs: parsePeriod(flags.vs), rule, lang: flags.lang === "nl" ? "nl" : "en" },
    { store: await ctx.openStore(), registry: ctx.actors(), now: ctx.io.now },
  );
  const body = format === "md" ? await renderMarkdown(data) : await renderHtml(data);
  const bytes = format === "pdf" ? await chromiumPdf()(body) : body;
  if (!flags.out) return ctx.io.out(body.trimEnd());
  await writeFile(flags.out, bytes);
  ctx.io.err(`wrote ${flags.out} (${format}): ${data.headline}`);
}

export function registerBrief(program: Command, ctx: () => Context): void {
  const cmd = program
    .command("brief")
    .description("write a one-to-two-page briefing (headline, chart, map, comparison table, caveats, sources) as md, html or pdf")
    .option("--actor <name>", "actor name or alias, e.g. IS")
    .option("--country <list>", "ISO3 codes or names, comma-separated, e.g. SYR,IRQ")
    .option("--period <spec>", "the period of interest, e.g. 2024-H1")
    .option("--vs <spec>", "the reference period, e.g. 2023")
    .option("--lang <lang>", "en or nl", "en")
    .option("--format <f>", "md, html or pdf", "md")
    .option("--out <file>", "write to FILE (needed for pdf; md and html go to stdout without it)");
  ruleOptions.register(cmd);
  cmd.action(async (flags: BriefFlags) => runBrief(ctx(), flags));
}
