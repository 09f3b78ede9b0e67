/** `resurgence reconcile`: every dataset and every reported figure for one question, side by side, explained. */
import type { Command } from "commander";
import { DEFAULT_MATCH_RULE, datasetName, reconcile } from "../../analysis/reconcile/index.ts";
import { describeRule } from "../../analysis/counting/index.ts";
import { UsageError } from "../../errors.ts";
import { parsePeriod } from "../../periods/index.ts";
import { parseCountryList } from "../../places/index.ts";
import { MEASURE_WORDS } from "../../reported/index.ts";
import { CITATIONS } from "../../sources/index.ts";
import type { Context } from "../context.ts";
import { table } from "../table.ts";
import { resolveActorArg } from "./rule-flags.ts";

interface Flags {
  actor: string;
  country?: string;
  period: string;
  pairs?: boolean;
  maxKm?: string;
  json?: boolean;
}

export function registerReconcile(program: Command, ctx: () => Context): void {
  program
    .command("reconcile")
    .description("every dataset's count and every reported figure for one question, side by side, with why they differ")
    .requiredOption("--actor <name>", "actor name or alias, e.g. IS")
    .option("--country <list>", "ISO3 codes or names, e.g. SYR,IRQ")
    .requiredOption("--period <spec>", "e.g. 2024-H1")
    .option("--pairs", "list the matched event pairs")
    .option("--max-km <km>", "matching distance", String(DEFAULT_MATCH_RULE.maxKm))
    .option("--json", "print JSON")
    .action(async (f: Flags) => {
      const c = ctx();
      const maxKm = Number(f.maxKm);
      if (!Number.isFinite(maxKm) || maxKm <= 0) throw new UsageError(`--max-km "${f.maxKm}" is not a positive number`);
      const actor = resolveActorArg(c, f.actor);
      const countries = f.country ? parseCountryList(f.country) : [];
      const period = parsePeriod(f.period);
      const r = await reconcile(await c.openStore(), c.actors(), { actorId: actor.id, countries, period, matchRule: { ...DEFAULT_MATCH_RULE, maxKm } });
      if (f.json) return c.io.out(JSON.stringify(r, null, 2));
      c.io.out(`${r.actor.name} in ${countries.join(", ") || "all countries"}, ${period.label}\n`);
      c.io.out("Datasets");
      c.io.out(table(["dataset", "events", "deaths", "days covered", "counting rule"], r.datasets.map((d) => [datasetName(d.dataset), d.events, d.deaths, `${d.coverage.coveredDays}/${d.coverage.days}`, describeRule(d.rule, r.actor.name).replace(/^Counting rule: /, "")])));
      c.io.out("\nReported figures");
      c.io.out(r.reported.length ? table(["issuer", "stated", "period", "places", "what", "value"], r.reported.map(({ figure: x }) => [x.issuer, x.statement_date, x.period_label, x.countries.join("+"), MEASURE_WORDS[x.measure], x.value])) : "(none in the ledger)");
      if (r.matches.length) {
        c.io.out("\nThe same events in two datasets");
        c.io.out(table(["datasets", "events", "matched", "share", "distinct events"], r.matches.map((m) => [`${datasetName(m.a)} / ${datasetName(m.b)}`, `${m.eventsA} / ${m.eventsB}`, m.matched, `${(m.shareA * 100).toFixed(0)}% / ${(m.shareB * 100).toFixed(0)}%`, m.merged])));
        c.io.out(r.matches[0]!.rule);
        if (f.pairs) for (const m of r.matches) c.io.out(table(["a", "b", "km", "days"], m.pairs.map((p) => [p.a, p.b, p.km, p.days])));
      }
      c.io.out("\nWhy the numbers differ");
      for (const line of r.explanation) c.io.out(`- ${line}`);
      for (const d of r.datasets) if (CITATIONS[d.dataset]) c.io.out(`Source: ${CITATIONS[d.dataset]}`);
    });
}
