/**
 * `resurgence demo` (what `npm start` runs): loads the bundled real UCDP files into the store and prints the
 * headline report: IS events in Syria 2016–2019 and in Iraq 2004–2018, and the seed's 153-vs-121 arithmetic;
 * then serves the dashboard on the same store until stopped (`--no-serve` for scripts and tests).
 */
import type { Command } from "commander";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { formatRatio } from "../../analysis/compare/index.ts";
import { ingestFile } from "../../ingest/index.ts";
import type { MessageLang } from "../../messages/index.ts";
import { Answerer, compareCountsQuestion, seriesQuestion } from "../../questions/index.ts";
import { importLedger } from "../../reported/index.ts";
import { UCDP_CITATION } from "../../sources/index.ts";
import { apiTokenFrom } from "../../config.ts";
import type { Context } from "../context.ts";
import { runServe } from "./serve.ts";
import { formatSummary } from "../summary.ts";
import { cliWords, parseLang } from "../words.ts";

export const DEMO_DIR = fileURLToPath(new URL("../../../data/demo/", import.meta.url));

/** The files the demo loads: the two complete country files (the 23.1 sample is random and never counted). */
export const DEMO_FILES = [join(DEMO_DIR, "ucdp", "ged191-syria-2016-2019.csv.gz"), join(DEMO_DIR, "ucdp", "ged191-iraq-hdx-1989-2018.csv.gz")];

/** The seed's two figures: CENTCOM's 153 attacks in 2024-H1, the 121 of all 2023. */
const SEED_COUNTS = [153, 121] as const;

/** CENTCOM's statements about ISIS in 2023–2024, including the 153 claimed attacks. */
export const DEMO_LEDGER = join(DEMO_DIR, "reported", "centcom_statements.csv");

/**
 * Loads the demo data and prints the headline report in `lang`; with `json`, one JSON object of the same figures
 * (the ingest summaries, the ledger import, the two yearly series, the seed's comparison) instead of text. The
 * figures are the questions' answers (`series`, `compare --counts`), as the API and the dashboard give them.
 */
export async function runDemo(ctx: Context, json = false, lang: MessageLang = "en"): Promise<void> {
  const w = cliWords(lang);
  const { m } = w;
  const store = await ctx.openStore("write");
  const say = (line: string) => (json ? undefined : ctx.io.out(line));
  say(`${m.demo.loading(store.location)}\n`);
  const ingested = [];
  for (const file of DEMO_FILES) {
    const summary = await ingestFile(store, { file }, { registry: ctx.actors(), now: ctx.io.now });
    ingested.push(summary);
    say(formatSummary(summary, w));
  }
  const ledger = importLedger(DEMO_LEDGER, ctx.actors(), "is");
  const added = await store.addReported(ledger);
  say(m.demo.ledger(DEMO_LEDGER, w.int(ledger.length), w.int(added.added), w.int(added.duplicates)));
  const answerer = new Answerer({ store, now: ctx.io.now, registry: ctx.actors() });
  const series = (country: string, period: string) => answerer.answer(seriesQuestion, seriesQuestion.input.parse({ actor: "IS", country, period, by: "year", lang }));
  const syria = await series("SYR", "2016..2019");
  const iraq = await series("IRQ", "2004..2018");
  const [a, b] = SEED_COUNTS;
  const seed = await answerer.answer(compareCountsQuestion, compareCountsQuestion.input.parse({ a: `${a}@2024-H1`, b: `${b}@2023`, lang }));
  if (json) {
    ctx.io.out(JSON.stringify({ store: store.location, ingested, reported: { file: DEMO_LEDGER, read: ledger.length, ...added }, is_syria_by_year: syria.series, is_iraq_by_year: iraq.series, seed: seed.comparison, rule_text: syria.rule_text, citation: UCDP_CITATION }));
    return;
  }
  const years = (s: typeof syria) => w.table([m.granularity.year!, m.col.events, m.col.deaths], s.series.map((p) => [p.bucket, p.events, w.deaths(p.deaths, s.deaths_recorded)]));
  ctx.io.out(`\n${m.demo.syria}`);
  ctx.io.out(years(syria));
  ctx.io.out(`\n${m.demo.iraq}`);
  ctx.io.out(years(iraq));
  ctx.io.out(`\n${m.demo.question(w.int(a), w.int(b))}`);
  ctx.io.out(`  ${seed.comparison.sentence}`);
  ctx.io.out(`  ${m.demo.absolute(w.int(a), w.int(b), formatRatio(seed.comparison.countRatio ?? 0, lang))}`);
  ctx.io.out(`  ${m.demo.sources(w.int(a), w.int(b))}`);
  ctx.io.out(`\n${syria.rule_text}`);
  ctx.io.out(m.source(UCDP_CITATION));
  ctx.io.out(`\n${m.demo.next("npx resurgence compare --actor IS --country SYR,IRQ --period 2017 --vs 2018")}`);
}

export interface DemoFlags {
  serve?: boolean;
  json?: boolean;
  lang?: string;
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
    .option("--lang <en|nl>", "language of the report: en or nl")
    .option("--json", "print the report as one JSON line, then (serving) one JSON line with the URL")
    .action(async (flags: DemoFlags) => {
      // Serving needs a good token (or none); say so before loading anything.
      if (flags.serve !== false) apiTokenFrom(ctx().config);
      const lang = parseLang(flags.lang);
      await runDemo(ctx(), flags.json, lang);
      if (flags.serve === false) return;
      if (!flags.json) ctx().io.out("");
      await runServe(ctx(), { port: flags.port, host: flags.host, web: true, fallbackPort: true, json: flags.json, lang });
    });
}
