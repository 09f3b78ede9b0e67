/** `resurgence forecast` (the `forecast` question): monthly counts ahead, median with 80% and 95% intervals. */
import type { Command } from "commander";
import { sparkline } from "../../analysis/detect/index.ts";
import { forecastQuestion } from "../../questions/index.ts";
import { questionCommand } from "../ask.ts";
import type { Context } from "../context.ts";
import { table } from "../table.ts";

export function registerForecast(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, forecastQuestion, {
    present(r, c) {
      for (const w of r.warnings) c.io.err(`warning: ${w}`);
      const f = r.fitted_on;
      c.io.out(`${r.actor.name} in ${r.places.join(", ")}: fitted on ${f.first}..${f.last} (${f.months} months, ${f.events.toLocaleString("en")} events)`);
      c.io.out(`${sparkline(r.counts.slice(-36))}  last 36 months, max ${Math.max(...r.counts.slice(-36))}/month\n`);
      c.io.out(table(["month", "median", "80% interval", "95% interval"], r.forecast.map((p) => [p.month, p.median, `${p.pi80[0]}–${p.pi80[1]}`, `${p.pi95[0]}–${p.pi95[1]}`])));
      c.io.out(`\nModel: ${r.model}.`);
      c.io.out("Scored against no-change, 3- and 12-month means, seasonal naive and a Poisson in bench/results/forecast-backtest.md.");
      c.io.out(r.rule_text);
    },
  });
}
