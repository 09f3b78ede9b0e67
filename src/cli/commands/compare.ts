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
import { cliWords, type CliWords } from "../words.ts";

function ratioCell(c: Comparison | null, w: CliWords): string {
  if (!c || c.rateRatio === null) return "–";
  return c.rateRatio === Infinity ? "∞" : `${formatRatio(c.rateRatio, w.lang)}×`;
}

function ciCell(c: Comparison | null, w: CliWords): string {
  if (!c?.ci) return "–";
  const up = c.ci.upper === Infinity ? "∞" : formatRatio(c.ci.upper, w.lang);
  return `${formatRatio(c.ci.lower, w.lang)}–${up}`;
}

function printCounts(ctx: Context, r: OutputOf<typeof compareCountsQuestion>, w: CliWords): void {
  const { m, fixed } = w;
  const c = r.comparison;
  ctx.io.out(w.table([m.col.period, m.col.days, m.col.count, m.col.perYear], [
    [r.a.period.label, r.a.period.days, r.a.count, fixed(c.a.annualRate, 1)],
    [r.b.period.label, r.b.period.days, r.b.count, fixed(c.b.annualRate, 1)],
  ]));
  const p = c.pValue === null ? m.compare.noTest : formatP(c.pValue, 0.05, w.lang);
  ctx.io.out(`\n${m.compare.ratios(ratioCell(c, w), ciCell(c, w), p, c.countRatio === null ? "–" : `${formatRatio(c.countRatio, w.lang)}×`)}`);
  ctx.io.out(c.sentence);
  ctx.io.out(r.rule_text);
}

function printStore(ctx: Context, r: OutputOf<typeof compareQuestion>, w: CliWords): void {
  const { m, fixed } = w;
  const [first] = r.rows;
  if (!first) return;
  const la = first.a.period.label;
  const lb = first.b.period.label;
  const perYear = (x: Comparison["a"] | undefined) => (x ? fixed(x.annualRate, 1) : "–");
  const deaths = (n: number) => w.deaths(n, r.deaths_recorded);
  for (const warning of r.warnings) ctx.io.err(`${m.warning}: ${warning}`);
  ctx.io.out(`${m.compare.title(`${r.actor?.name ?? "?"} (${r.actor?.id ?? "?"})`, r.countries.join(", ") || m.allCountries, la, lb)}\n`);
  ctx.io.out(
    w.table(
      [m.col.country, m.col.eventsOf(la), m.col.deaths, m.col.days, m.col.perYr, m.col.eventsOf(lb), m.col.deaths, m.col.days, m.col.perYr, m.col.rateRatio, m.col.ci, "p"],
      r.rows.map((x) => [
        x.country === "ALL" ? m.col.all : x.country, x.a.events, deaths(x.a.deaths), x.a.coverage.coveredDays, perYear(x.comparison?.a),
        x.b.events, deaths(x.b.deaths), x.b.coverage.coveredDays, perYear(x.comparison?.b),
        ratioCell(x.comparison, w), ciCell(x.comparison, w), x.comparison?.pValue == null ? "–" : formatP(x.comparison.pValue, 0.05, w.lang).replace("p ", ""),
      ]),
    ),
  );
  ctx.io.out("");
  ctx.io.out(r.rows.at(-1)?.comparison?.sentence ?? w.all.noComparison);
  if (r.ledger) {
    const { a, b, comparison, caveats } = r.ledger;
    ctx.io.out(`\n${m.compare.ledger}`);
    ctx.io.out(w.table([m.col.period, m.col.value, m.col.what, m.col.places, m.col.issuer, m.col.stated], [a, b].map((f) => [f.period_label, f.value, f.measure.replace(/_/g, " "), f.countries.join("+"), f.issuer, f.statement_date])));
    ctx.io.out(comparison.sentence);
    for (const c of caveats) ctx.io.out(`${m.caveat}: ${c}`);
  }
  for (const n of r.notes) ctx.io.out(`${m.note}: ${n}`);
  ctx.io.out(r.rule_text);
  if (r.series) {
    ctx.io.out("");
    ctx.io.out(w.table([m.col.period, m.col.events, m.col.deaths], r.series.map((p) => [p.partial ? `${p.bucket}*` : p.bucket, p.events, deaths(p.deaths)])));
    if (r.series.some((p) => p.partial)) ctx.io.out(m.partialBucket);
  }
  if (r.places) {
    ctx.io.out(`\n${m.compare.where}`);
    ctx.io.out(w.table([m.col.country, "admin1", m.col.eventsOf(la), m.col.eventsOf(lb), m.col.changePerYear, m.col.rateRatio, m.col.ci], r.places.map((p) => [p.country ?? "?", p.admin1 ?? m.compare.notGiven, p.a.events, p.b.events, p.comparison ? `${p.change >= 0 ? "+" : ""}${fixed(p.change, 1)}` : "–", ratioCell(p.comparison, w), ciCell(p.comparison, w)])));
  }
  if (r.citation) ctx.io.out(m.source(r.citation));
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
        const input = countsInput({ lang: opts.lang }, counts);
        const answer = await ask(c, compareCountsQuestion, input);
        return opts.json ? printJson(c, answer) : printCounts(c, answer, cliWords(input.lang));
      }
      const input = parseInput(compareQuestion.input, opts);
      const answer = await ask(c, compareQuestion, input);
      return opts.json ? printJson(c, answer) : printStore(c, answer, cliWords(input.lang));
    });
}
