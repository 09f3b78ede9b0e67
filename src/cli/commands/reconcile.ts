/** `resurgence reconcile`: the `reconcile` question, every dataset and every reported figure side by side, explained. */
import type { Command } from "commander";
import { describeRule } from "../../analysis/counting/index.ts";
import { datasetName } from "../../analysis/reconcile/index.ts";
import { MEASURE_WORDS } from "../../reported/index.ts";
import { reconcileQuestion } from "../../questions/index.ts";
import { questionCommand } from "../ask.ts";
import type { Context } from "../context.ts";
import { table } from "../table.ts";

export function registerReconcile(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, reconcileQuestion, {
    present(r, c) {
      for (const w of r.warnings) c.io.err(`warning: ${w}`);
      c.io.out(`${r.actor.name} in ${r.countries.join(", ") || "all countries"}, ${r.period.label}\n`);
      c.io.out("Datasets");
      c.io.out(table(["dataset", "events", "deaths", "days covered", "counting rule"], r.datasets.map((d) => [datasetName(d.dataset), d.events, d.deaths, `${d.coverage.coveredDays}/${d.coverage.days}`, describeRule(d.rule, r.actor.name).replace(/^Counting rule: /, "")])));
      c.io.out("\nReported figures");
      c.io.out(r.reported.length ? table(["issuer", "stated", "period", "places", "what", "value"], r.reported.map(({ figure: x }) => [x.issuer, x.statement_date, x.period_label, x.countries.join("+"), MEASURE_WORDS[x.measure], x.value])) : "(none in the ledger)");
      if (r.matches.length) {
        c.io.out("\nThe same events in two datasets");
        c.io.out(table(["datasets", "events", "matched", "share", "distinct events"], r.matches.map((m) => [`${datasetName(m.a)} / ${datasetName(m.b)}`, `${m.eventsA} / ${m.eventsB}`, m.matched, `${(m.shareA * 100).toFixed(0)}% / ${(m.shareB * 100).toFixed(0)}%`, m.merged])));
        c.io.out(r.matches[0]!.rule);
        for (const m of r.matches) if ("pairs" in m) c.io.out(table(["a", "b", "km", "days"], m.pairs.map((p) => [p.a, p.b, p.km, p.days])));
      }
      c.io.out("\nWhy the numbers differ");
      for (const line of r.explanation) c.io.out(`- ${line}`);
      for (const cite of Object.values(r.citations)) c.io.out(`Source: ${cite}`);
    },
  });
}
