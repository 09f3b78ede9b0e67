/**
 * `resurgence compare`: the `compare` question (an actor's events in two periods, in the store) or, with
 * `--counts 153@2024-H1 121@2023`, the `compare-counts` question (the same arithmetic on given figures).
 * Flags come from the questions' input schemas; this file only prints their answers.
 */
import type { Command } from "commander";
import { formatP, formatRatio, type Comparison } from "../../analysis/compare/index.ts";
import { UsageError } from "../../errors.ts";
// The two question modules themselves, not the questions/ barrel: `compare --counts` stays a light start-up.
import { compareCountsQuestion } from "../../questions/compare-counts.ts";
import { compareQuestion } from "../../questions/compare.ts";
import type { OutputOf } from "../../questions/index.ts";
import { addInputOptions, ask, parseInput, printJson } from "../ask.ts";
import type { Context } from "../context.ts";
import { table } from "../table.ts";

function ratioCell(c: Comparison | null): string {
  if (!c || c.rateRatio === null) return "–";
  return c.rateRatio === Infinity ? "∞" : `${formatRatio(c.rateRatio, "en")}×`;
}

function ciCell(c: Comparison | null): string {
  if (!c?.ci) return "–";
  const up = c.ci.upper === Infinity ? "∞" : formatRatio(c.ci.upper, "en");
  return `${formatRatio(c.ci.lower, "en")}–${up}`;
}

function printCounts(ctx: Context, r: OutputOf<typeof compareCountsQuestion>): void {
  const c = r.comparison;
  ctx.io.out(table(["period", "days", "count", "per year"], [
    [r.a.period.label, r.a.period.days, r.a.count, c.a.annualRate.toFixed(1)],
    [r.b.period.label, r.b.period.days, r.b.count, c.b.annualRate.toFixed(1)],
  ]));
  ctx.io.out(`\nrate ratio ${ratioCell(c)} (95% CI ${ciCell(c)}), ${c.pValue === null ? "no test" : formatP(c.pValue, 0.05, "en")}; count ratio ${c.countRatio === null ? "–" : formatRatio(c.countRatio, "en")}×`);
  ctx.io.out(c.sentence);
  ctx.io.out(r.rule_text);
}

function printStore(ctx: Context, r: OutputOf<typeof compareQuestion>): void {
  const [first] = r.rows;
  if (!first) return;
  const la = first.a.period.label;
  const lb = first.b.period.label;
  for (const w of r.warnings) ctx.io.err(`warning: ${w}`);
  ctx.io.out(`${r.actor?.name ?? "?"} (${r.actor?.id ?? "?"}) in ${r.countries.join(", ") || "all countries"}: ${la} vs ${lb}\n`);
  ctx.io.out(
    table(
      ["country", `${la} events`, "deaths", "days", "/yr", `${lb} events`, "deaths", "days", "/yr", "rate ratio", "95% CI", "p"],
      r.rows.map((x) => [
        x.country, x.a.events, x.a.deaths, x.a.coverage.coveredDays, x.comparison ? x.comparison.a.annualRate.toFixed(1) : "–",
        x.b.events, x.b.deaths, x.b.coverage.coveredDays, x.comparison ? x.comparison.b.annualRate.toFixed(1) : "–",
        ratioCell(x.comparison), ciCell(x.comparison), x.comparison?.pValue == null ? "–" : formatP(x.comparison.pValue, 0.05, "en").replace("p ", ""),
      ]),
    ),
  );
  ctx.io.out("");
  ctx.io.out(r.rows.at(-1)?.comparison?.sentence ?? "No comparison possible from events: a period has no data in the store.");
  if (r.ledger) {
    const { a, b, comparison, caveats } = r.ledger;
    ctx.io.out("\nWhat officials stated for these periods (the reported-figures ledger):");
    ctx.io.out(table(["period", "value", "what", "places", "issuer", "stated"], [a, b].map((f) => [f.period_label, f.value, f.measure.replace(/_/g, " "), f.countries.join("+"), f.issuer, f.statement_date])));
    ctx.io.out(comparison.sentence);
    for (const c of caveats) ctx.io.out(`caveat: ${c}`);
  }
  for (const n of r.notes) ctx.io.out(`note: ${n}`);
  ctx.io.out(r.rule_text);
  if (r.series) {
    ctx.io.out("");
    ctx.io.out(table(["bucket", "events", "deaths"], r.series.map((p) => [p.partial ? `${p.bucket}*` : p.bucket, p.events, p.deaths])));
    if (r.series.some((p) => p.partial)) ctx.io.out("* partial bucket: the period cuts it");
  }
  if (r.places) {
    ctx.io.out("\nWhere: events per province (admin1), largest rise in annualised rate first");
    ctx.io.out(table(["country", "admin1", `${la} events`, `${lb} events`, "change /yr", "rate ratio", "95% CI"], r.places.map((p) => [p.country ?? "?", p.admin1 ?? "(not given)", p.a.events, p.b.events, p.comparison ? `${p.change >= 0 ? "+" : ""}${p.change.toFixed(1)}` : "–", ratioCell(p.comparison), ciCell(p.comparison)])));
  }
  if (r.citation) ctx.io.out(`Source: ${r.citation}`);
}

/** The counts question's input from --counts; its fields (a, b) are not flags, so a refusal names --counts. */
function countsInput(opts: Record<string, unknown>, counts: string[]) {
  try {
    return parseInput(compareCountsQuestion.input, opts, { a: counts[0], b: counts[1] });
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(e.message.replace(/^--[ab] "[^"]*": /, "--counts: "), e.hint, { cause: e });
    throw e;
  }
}

export function registerCompare(program: Command, ctx: () => Context): void {
  const cmd = program.command("compare").description(`${compareQuestion.summary}; or, with --counts, ${compareCountsQuestion.summary.toLowerCase()}`);
  addInputOptions(cmd, compareQuestion.input);
  cmd
    .option("--counts <specs...>", "compare two given figures instead: COUNT@PERIOD COUNT@PERIOD, e.g. 153@2024-H1 121@2023")
    .option("--json", "print the answer as JSON (as the API gives it)")
    .action(async (opts: Record<string, unknown>) => {
      const c = ctx();
      const counts = opts.counts as string[] | undefined;
      if (counts) {
        if (counts.length !== 2) throw new UsageError("--counts takes exactly two COUNT@PERIOD values", "e.g. --counts 153@2024-H1 121@2023");
        const answer = await ask(c, compareCountsQuestion, countsInput({ lang: opts.lang }, counts));
        return opts.json ? printJson(c, answer) : printCounts(c, answer);
      }
      const answer = await ask(c, compareQuestion, parseInput(compareQuestion.input, opts));
      return opts.json ? printJson(c, answer) : printStore(c, answer);
    });
}
