/**
 * `resurgence compare`: an actor's events and deaths in two periods, per country and in total, with
 * annualised rates, the rate ratio (exact 95% CI and test) and one plain sentence; or the same arithmetic
 * on figures given by hand (`--counts 153@2024-H1 121@2023`).
 */
import type { Command } from "commander";
import { comparePeriods, formatP, formatRatio, parseCountsSpec, type Comparison } from "../../analysis/compare/index.ts";
import { CountingRule, actorIdsFor, compareInStore, describeRule, seriesInStore, type StoreComparison } from "../../analysis/counting/index.ts";
import { UsageError } from "../../errors.ts";
import { parsePeriod, type Granularity } from "../../periods/index.ts";
import { UCDP_CITATION } from "../../sources/index.ts";
import type { Context } from "../context.ts";
import { table } from "../table.ts";
import { resolveActorArg, ruleOptions, type RuleFlags } from "./rule-flags.ts";

export interface CompareFlags extends RuleFlags {
  actor?: string;
  country?: string;
  period?: string;
  vs?: string;
  counts?: string[];
  by?: Granularity;
  lang?: "en" | "nl";
  json?: boolean;
}

function ratioCell(c: Comparison | null): string {
  if (!c || c.rateRatio === null) return "–";
  return c.rateRatio === Infinity ? "∞" : `${formatRatio(c.rateRatio, "en")}×`;
}

function ciCell(c: Comparison | null): string {
  if (!c?.ci) return "–";
  const up = c.ci.upper === Infinity ? "∞" : formatRatio(c.ci.upper, "en");
  return `${formatRatio(c.ci.lower, "en")}–${up}`;
}

function printCounts(ctx: Context, flags: CompareFlags): void {
  const specs = flags.counts ?? [];
  if (specs.length !== 2) throw new UsageError("--counts takes exactly two COUNT@PERIOD values", "e.g. --counts 153@2024-H1 121@2023");
  const [a, b] = specs.map(parseCountsSpec) as [ReturnType<typeof parseCountsSpec>, ReturnType<typeof parseCountsSpec>];
  const c = comparePeriods({ a: { count: a.count, days: a.period.days, label: a.period.label }, b: { count: b.count, days: b.period.days, label: b.period.label } }, { lang: flags.lang ?? "en" });
  if (flags.json) return ctx.io.out(JSON.stringify({ source: "counts given on the command line", comparison: c }, null, 2));
  ctx.io.out(table(["period", "days", "count", "per year"], [
    [a.period.label, a.period.days, a.count, c.a.annualRate.toFixed(1)],
    [b.period.label, b.period.days, b.count, c.b.annualRate.toFixed(1)],
  ]));
  ctx.io.out(`\nrate ratio ${ratioCell(c)} (95% CI ${ciCell(c)}), ${c.pValue === null ? "no test" : formatP(c.pValue, 0.05, "en")}; count ratio ${c.countRatio === null ? "–" : formatRatio(c.countRatio, "en")}×`);
  ctx.io.out(c.sentence);
  ctx.io.out("Counting rule: the figures as given; their source's definition applies. Rates are per 365.25 days.");
}

function printStore(ctx: Context, result: StoreComparison, header: string, rule: string): void {
  const rows = result.rows;
  const [first] = rows;
  if (!first) return;
  const la = first.a.period.label;
  const lb = first.b.period.label;
  ctx.io.out(header + "\n");
  ctx.io.out(
    table(
      ["country", `${la} events`, "deaths", "days", "/yr", `${lb} events`, "deaths", "days", "/yr", "rate ratio", "95% CI", "p"],
      rows.map((r) => [
        r.country, r.a.events, r.a.deaths, r.a.coverage.coveredDays, r.comparison ? r.comparison.a.annualRate.toFixed(1) : "–",
        r.b.events, r.b.deaths, r.b.coverage.coveredDays, r.comparison ? r.comparison.b.annualRate.toFixed(1) : "–",
        ratioCell(r.comparison), ciCell(r.comparison), r.comparison?.pValue == null ? "–" : formatP(r.comparison.pValue, 0.05, "en").replace("p ", ""),
      ]),
    ),
  );
  const total = rows.at(-1);
  ctx.io.out("");
  ctx.io.out(total?.comparison ? total.comparison.sentence : "No comparison possible: a period has no data in the store.");
  for (const n of result.notes) ctx.io.out(`note: ${n}`);
  ctx.io.out(rule);
}

export async function runCompare(ctx: Context, flags: CompareFlags): Promise<void> {
  if (flags.counts) return printCounts(ctx, flags);
  if (!flags.actor || !flags.period || !flags.vs) throw new UsageError("compare needs --actor, --period and --vs (or --counts)", "e.g. resurgence compare --actor IS --country SYR,IRQ --period 2017 --vs 2018");
  const rule = CountingRule.parse(ruleOptions(flags));
  const actor = resolveActorArg(ctx, flags.actor);
  const countries = flags.country ? (await import("../../places/index.ts")).parseCountryList(flags.country) : [];
  const a = parsePeriod(flags.period);
  const b = parsePeriod(flags.vs);
  const store = await ctx.openStore();
  const actorIds = actorIdsFor(actor.id, rule, ctx.actors());
  const result = await compareInStore(store, { actorIds, countries, a, b, rule, lang: flags.lang });
  const ruleText = describeRule(rule, actor.name);
  const series = flags.by
    ? await seriesInStore(store, { actorIds, countries, start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end, by: flags.by, rule })
    : undefined;
  if (flags.json) {
    ctx.io.out(JSON.stringify({ actor, countries, rule, rule_text: ruleText, ...result, series, citation: UCDP_CITATION }, null, 2));
    return;
  }
  printStore(ctx, result, `${actor.name} (${actor.id}) in ${countries.join(", ") || "all countries"}: ${a.label} vs ${b.label}`, ruleText);
  if (series) {
    ctx.io.out("");
    ctx.io.out(table([flags.by ?? "bucket", "events", "deaths"], series.map((p) => [p.partial ? `${p.bucket}*` : p.bucket, p.events, p.deaths])));
    if (series.some((p) => p.partial)) ctx.io.out("* partial bucket: the period cuts it");
  }
  if (rule.dataset === "ucdp-ged") ctx.io.out(`Source: ${UCDP_CITATION}`);
}

export function registerCompare(program: Command, ctx: () => Context): void {
  const cmd = program
    .command("compare")
    .description("compare an actor's events in two periods: annualised rates, rate ratio with 95% CI, exact test, a sentence")
    .option("--actor <name>", "actor name or alias, e.g. IS, Daesh")
    .option("--country <list>", "ISO3 codes or names, comma-separated, e.g. SYR,IRQ")
    .option("--period <spec>", "the period of interest: YYYY, YYYY-H1, YYYY-Q3, YYYY-MM, FROM..TO")
    .option("--vs <spec>", "the reference period")
    .option("--counts <specs...>", "compare given figures instead: COUNT@PERIOD COUNT@PERIOD, e.g. 153@2024-H1 121@2023")
    .option("--by <unit>", "also print a series by month, quarter or year")
    .option("--lang <lang>", "language of the sentence: en or nl", "en")
    .option("--json", "print JSON");
  ruleOptions.register(cmd);
  cmd.action(async (flags: CompareFlags) => {
    if (flags.by && !["month", "quarter", "year"].includes(flags.by)) throw new UsageError(`--by "${flags.by}" is not month, quarter or year`);
    if (flags.lang && !["en", "nl"].includes(flags.lang)) throw new UsageError(`--lang "${flags.lang}" is not en or nl`);
    await runCompare(ctx(), flags);
  });
}
