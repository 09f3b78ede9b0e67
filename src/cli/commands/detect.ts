/**
 * `resurgence detect` (the `detect` question: regimes, alarms, the regrouping verdict), `resurgence alerts`
 * (the `alerts` question: every actor × country, ranked by what is rising now) and `resurgence backtest`
 * (history replayed month by month, and the synthetic evaluation against the rules analysts use today).
 */
import type { Command } from "commander";
import { backtest, formatBacktestTable, runSyntheticBacktest, sparkline } from "../../analysis/detect/index.ts";
import { UsageError } from "../../errors.ts";
import { alertsQuestion, detectQuestion } from "../../questions/index.ts";
import { addInputOptions, ask, parseInput, questionCommand } from "../ask.ts";
import type { Context } from "../context.ts";
import { cliWords } from "../words.ts";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function registerDetect(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, detectQuestion, {
    present(r, c, input) {
      const w = cliWords(input.lang);
      const { m, int } = w;
      const fx = (x: number) => w.fixed(x, x >= 10 ? 0 : 1);
      for (const warning of r.warnings) c.io.err(`${m.warning}: ${warning}`);
      c.io.out(m.detect.title(r.actor.name, r.places.join(", "), r.countries.length === 0, r.months[0] ?? "", r.months.at(-1) ?? "", int(r.counts.reduce((a, b) => a + b, 0))));
      c.io.out(`${sparkline(r.counts)}  ${m.detect.peak(int(Math.max(...r.counts)))}\n`);
      c.io.out(r.model === "negbin" ? m.detect.negbin(w.fixed(r.alpha, 3), String(r.penalty.criterion)) : m.detect.poisson(String(r.penalty.criterion)));
      c.io.out(w.table([m.col.from, m.col.to, m.col.months, m.col.events, m.col.perMonth, m.col.ci], r.regimes.map((g) => [g.start, g.end, g.months, g.total, fx(g.rate), `${fx(g.ci[0])}–${fx(g.ci[1])}`])));
      const alarms = r.alarms.filter((a) => a.alarm).map((a) => a.month);
      c.io.out(`\n${m.detect.alarms(alarms.length ? alarms.join(" ") : m.none)}`);
      const last = r.alarms.at(-1);
      if (last) c.io.out(last.alarm ? m.detect.risingYes(last.month) : m.detect.risingNo(last.month));
      c.io.out(r.regrouping.found ? m.detect.regrouping(r.regrouping.explanation) : m.detect.notRegrouping(r.regrouping.reason));
      c.io.out(r.rule_text);
    },
  });

  questionCommand(program, ctx, alertsQuestion, {
    present(r, c, input) {
      const w = cliWords(input.lang);
      const { m } = w;
      c.io.out(m.alerts.scanned(w.int(r.scanned), w.int(r.min_events), r.countries.join(", "), r.alerts.length > 0));
      if (r.alerts.length) {
        c.io.out(w.table([m.col.actor, m.col.country, m.col.dataTo, m.col.last12, m.col.alarmsNow, m.col.pressure, m.col.regrouping], r.alerts.map((a) => [a.actor, a.country, a.last_month, sparkline(a.counts_tail), a.recent_alarms.join(" ") || "–", w.fixed(a.pressure, 2), a.regrouping ? m.yes : m.no])));
      }
      c.io.out(`\n${m.alerts.pressure(w.int(r.recent))} ${r.rule_text}`);
    },
  });

  const bt = program
    .command("backtest")
    .description("replay history month by month (no look-ahead) and report when each method first fired; --synthetic scores methods on simulated series")
    .option("--monitor-from <YYYY-MM>", "months before this are history only (default: the 25th month)")
    .option("--synthetic", "also run the synthetic evaluation (seeded; takes a few minutes)")
    .option("--series <n>", "synthetic series per scenario", "150")
    .option("--json", "print JSON");
  addInputOptions(bt, detectQuestion.input);
  bt.action(async (f: Record<string, unknown> & { monitorFrom?: string; synthetic?: boolean; series: string; json?: boolean }) => {
    const c = ctx();
    if (f.monitorFrom !== undefined && !MONTH.test(f.monitorFrom)) throw new UsageError(`--monitor-from "${f.monitorFrom}" is not a month YYYY-MM`);
    // The case the backtest was built on: IS in Iraq since al-Qaida in Iraq (2004).
    const iraqCase = f.actor === undefined && f.country === undefined && f.period === undefined;
    const input = parseInput(detectQuestion.input, iraqCase ? { ...f, actor: "IS", country: "IRQ", period: "2004-01..2018-12" } : f);
    const d = await ask(c, detectQuestion, input);
    const { actor, places: countries } = d;
    const series = { months: d.months, counts: d.counts, deaths: d.deaths };
    const monitorFrom = f.monitorFrom ?? series.months[Math.min(24, series.months.length - 1)];
    const results = backtest(series, { fromMonth: monitorFrom });
    const perSeries = Number.parseInt(f.series, 10);
    if (f.synthetic && !(perSeries >= 1)) throw new UsageError(`--series "${f.series}" is not a whole number >= 1`);
    const synthetic = f.synthetic ? runSyntheticBacktest({ seriesPerScenario: perSeries }) : undefined;
    if (f.json) return c.io.out(JSON.stringify({ actor, countries, monitorFrom, series, methods: results, synthetic }, null, 2));
    const w = cliWords(input.lang);
    const { m } = w;
    c.io.out(m.backtest.title(actor.name, countries.join(", "), series.months[0] ?? "", series.months.at(-1) ?? "", monitorFrom ?? ""));
    c.io.out(`${sparkline(series.counts)}\n`);
    c.io.out(w.table([m.col.method, m.col.firstAlarm, m.col.alarms, m.col.allAlarmMonths], results.map((x) => [x.method, x.firstAlarm ?? m.backtest.never, x.alarms.length, x.alarms.slice(0, 12).join(" ") + (x.alarms.length > 12 ? " …" : "")])));
    if (synthetic) c.io.out(`\n${formatBacktestTable(synthetic)}`);
  });
}
