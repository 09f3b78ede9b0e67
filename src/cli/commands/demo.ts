/**
 * `resurgence demo` (what `npm start` runs): loads the bundled real UCDP files into the store and prints the
 * headline report: IS events in Syria 2016–2019 and in Iraq 2004–2018, and the seed's 153-vs-121 arithmetic;
 * then serves the dashboard on the same store until stopped (`--no-serve` for scripts and tests).
 */
import type { Command } from "commander";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { comparePeriods } from "../../analysis/compare/index.ts";
import { CountingRule, describeRule, seriesInStore } from "../../analysis/counting/index.ts";
import { formatSummary, ingestFile } from "../../ingest/index.ts";
import { parsePeriod } from "../../periods/index.ts";
import { importLedger } from "../../reported/index.ts";
import { UCDP_CITATION } from "../../sources/index.ts";
import { apiTokenFrom } from "../../config.ts";
import type { Context } from "../context.ts";
import { runServe } from "./serve.ts";
import { table } from "../table.ts";

export const DEMO_DIR = fileURLToPath(new URL("../../../data/demo/", import.meta.url));

/** The files the demo loads: the two complete country files (the 23.1 sample is random and never counted). */
export const DEMO_FILES = [join(DEMO_DIR, "ucdp", "ged191-syria-2016-2019.csv.gz"), join(DEMO_DIR, "ucdp", "ged191-iraq-hdx-1989-2018.csv.gz")];

/** CENTCOM's statements about ISIS in 2023–2024, including the 153 claimed attacks. */
export const DEMO_LEDGER = join(DEMO_DIR, "reported", "centcom_statements.csv");

/**
 * Loads the demo data and prints the headline report; with `json`, one JSON object of the same figures
 * (the ingest summaries, the ledger import, the two yearly series, the seed's comparison) instead of text.
 */
export async function runDemo(ctx: Context, json = false): Promise<void> {
  const store = await ctx.openStore("write");
  const say = (line: string) => (json ? undefined : ctx.io.out(line));
  say(`resurgence demo: bundled real UCDP GED data into ${store.location}\n`);
  const ingested = [];
  for (const file of DEMO_FILES) {
    const summary = await ingestFile(store, { file }, { registry: ctx.actors(), now: ctx.io.now });
    ingested.push(summary);
    say(formatSummary(summary));
  }
  const ledger = importLedger(DEMO_LEDGER, ctx.actors(), "is");
  const added = await store.addReported(ledger);
  say(`${DEMO_LEDGER}: read ${ledger.length} reported figures, added ${added.added}, duplicates skipped ${added.duplicates}`);
  const rule = CountingRule.parse({});
  const series = async (iso3: string, from: string, to: string) =>
    seriesInStore(store, { actorIds: ["is"], countries: [iso3], start: `${from}-01-01`, end: `${to}-12-31`, by: "year", rule });
  const syria = await series("SYR", "2016", "2019");
  const iraq = await series("IRQ", "2004", "2018");
  const h1 = parsePeriod("2024-H1");
  const y = parsePeriod("2023");
  const seed = comparePeriods({ a: { count: 153, days: h1.days, label: h1.label }, b: { count: 121, days: y.days, label: y.label } });
  if (json) {
    ctx.io.out(JSON.stringify({ store: store.location, ingested, reported: { file: DEMO_LEDGER, read: ledger.length, ...added }, is_syria_by_year: syria, is_iraq_by_year: iraq, seed, rule_text: describeRule(rule, "IS"), citation: UCDP_CITATION }));
    return;
  }
  ctx.io.out("\nIS events in Syria by year (UCDP GED; 2019 runs to 30 November)");
  ctx.io.out(table(["year", "events", "deaths"], syria.map((p) => [p.bucket, p.events, p.deaths])));
  ctx.io.out("\nIS events in Iraq by year (UCDP GED; IS includes al-Qaida in Iraq and the Islamic State of Iraq)");
  ctx.io.out(table(["year", "events", "deaths"], iraq.map((p) => [p.bucket, p.events, p.deaths])));
  ctx.io.out(`\nThe news desk's question: "IS carried out 153 attacks in Syria and Iraq in 2024-H1, against 121 in all of 2023."`);
  ctx.io.out(`  ${seed.sentence}`);
  ctx.io.out(`  In absolute terms 153 is ${(153 / 121).toFixed(2)}× 121: "doubled" holds only for the annualised rate, i.e. as a projection of the half-year.`);
  ctx.io.out(`  CENTCOM's 153 counts attacks IS claimed; the 121 came from an anonymous US official. UCDP GED counts only events with a death.`);
  ctx.io.out(`\n${describeRule(rule, "IS")}`);
  ctx.io.out(`Source: ${UCDP_CITATION}`);
  ctx.io.out(`\nNext: npx resurgence compare --actor IS --country SYR,IRQ --period 2017 --vs 2018`);
}

export interface DemoFlags {
  serve?: boolean;
  json?: boolean;
  port?: string;
  host?: string;
}

export function registerDemo(program: Command, ctx: () => Context): void {
  program
    .command("demo")
    .description("load the bundled real demo data, print the headline report, then serve the dashboard (what npm start runs)")
    .option("--no-serve", "print the report and exit, without serving the dashboard")
    .option("--port <n>", "port for the dashboard (another free one is used if it is taken)", "8080")
    .option("--host <addr>", "address for the dashboard", "127.0.0.1")
    .option("--json", "print the report as one JSON line, then (serving) one JSON line with the URL")
    .action(async (flags: DemoFlags) => {
      // Serving needs a good token (or none); say so before loading anything.
      if (flags.serve !== false) apiTokenFrom(ctx().config);
      await runDemo(ctx(), flags.json);
      if (flags.serve === false) return;
      if (!flags.json) ctx().io.out("");
      await runServe(ctx(), { port: flags.port, host: flags.host, web: true, fallbackPort: true, json: flags.json });
    });
}
