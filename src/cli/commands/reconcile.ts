/** `resurgence reconcile`: the `reconcile` question, every dataset and every reported figure side by side, explained. */
import type { Command } from "commander";
import { describeRule } from "../../analysis/counting/index.ts";
import { datasetName } from "../../analysis/reconcile/index.ts";
import { reconcileQuestion } from "../../questions/index.ts";
import { questionCommand } from "../ask.ts";
import type { Context } from "../context.ts";
import { cliWords } from "../words.ts";

export function registerReconcile(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, reconcileQuestion, {
    present(r, c, input) {
      const w = cliWords(input.lang);
      const { m } = w;
      for (const warning of r.warnings) c.io.err(`${m.warning}: ${warning}`);
      c.io.out(`${r.actor.name} in ${r.countries.join(", ") || m.allCountries}, ${r.period.label}\n`);
      c.io.out(m.reconcile.datasets);
      c.io.out(w.table([m.col.dataset, m.col.events, m.col.deaths, m.col.daysCovered, m.col.countingRule], r.datasets.map((d) => [datasetName(d.dataset), d.events, d.deaths, `${d.coverage.coveredDays}/${d.coverage.days}`, describeRule(d.rule, r.actor.name, w.lang).replace(/^[^:]*: /, "")])));
      c.io.out(`\n${m.reconcile.reported}`);
      c.io.out(r.reported.length ? w.table([m.col.issuer, m.col.stated, m.col.period, m.col.places, m.col.what, m.col.value], r.reported.map(({ figure: x }) => [x.issuer, x.statement_date, x.period_label, x.countries.join("+"), w.all.reconcile.measures[x.measure] ?? x.measure, x.value])) : m.reconcile.noReported);
      if (r.matches.length) {
        c.io.out(`\n${m.reconcile.matches}`);
        c.io.out(w.table([m.col.datasets, m.col.events, m.col.matched, m.col.share, m.col.distinct], r.matches.map((x) => [`${datasetName(x.a)} / ${datasetName(x.b)}`, `${w.int(x.eventsA)} / ${w.int(x.eventsB)}`, x.matched, `${(x.shareA * 100).toFixed(0)}% / ${(x.shareB * 100).toFixed(0)}%`, x.merged])));
        c.io.out(r.matches[0]!.rule);
        for (const x of r.matches) if ("pairs" in x) c.io.out(w.table(["a", "b", "km", m.col.days], x.pairs.map((p) => [p.a, p.b, p.km, p.days])));
      }
      c.io.out(`\n${m.reconcile.why}`);
      for (const line of r.explanation) c.io.out(`- ${line}`);
      for (const cite of Object.values(r.citations)) c.io.out(m.source(cite));
    },
  });
}
