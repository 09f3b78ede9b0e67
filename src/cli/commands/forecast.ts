/** `resurgence forecast` (the `forecast` question): monthly counts ahead, median with 80% and 95% intervals. */
import type { Command } from "commander";
import { sparkline } from "../../analysis/detect/index.ts";
import { forecastQuestion } from "../../questions/index.ts";
import { questionCommand } from "../ask.ts";
import type { Context } from "../context.ts";
import { cliWords } from "../words.ts";

export function registerForecast(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, forecastQuestion, {
    present(r, c, input) {
      const w = cliWords(input.lang);
      const { m, int } = w;
      for (const warning of r.warnings) c.io.err(`${m.warning}: ${warning}`);
      const f = r.fitted_on;
      const recent = r.counts.slice(-36);
      c.io.out(m.forecast.title(r.actor.name, r.places.join(", "), f.first, f.last, int(f.months), int(f.events)));
      c.io.out(`${sparkline(recent)}  ${m.forecast.recent(int(Math.max(...recent)))}\n`);
      c.io.out(w.table([m.col.month, m.col.median, m.col.pi80, m.col.pi95], r.forecast.map((p) => [p.month, p.median, `${int(p.pi80[0])}–${int(p.pi80[1])}`, `${int(p.pi95[0])}–${int(p.pi95[1])}`])));
      c.io.out(`\n${m.forecast.model(r.model)}`);
      c.io.out(m.forecast.scored);
      c.io.out(r.rule_text);
    },
  });
}
