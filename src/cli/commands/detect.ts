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
import { table } from "../table.ts";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const fx = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(1));

export function registerDetect(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, detectQuestion, {
    present(r, c) {
      for (const w of r.warnings) c.io.err(`warning: ${w}`);
      c.io.out(`${r.actor.name} in ${r.places.join(", ")}${r.countries.length ? "" : " (every country where it has events)"}, ${r.months[0]}..${r.months.at(-1)} (${r.counts.reduce((a, b) => a + b, 0).toLocaleString("en")} events)`);
      c.io.out(`${sparkline(r.counts)}  max ${Math.max(...r.counts)}/month\n`);
      c.io.out(`Model: ${r.model === "negbin" ? `negative binomial (overdispersed, α = ${r.alpha.toFixed(3)})` : "Poisson (no overdispersion found)"}; penalty ${r.penalty.criterion}.`);
      c.io.out(table(["from", "to", "months", "events", "per month", "95% CI"], r.regimes.map((g) => [g.start, g.end, g.months, g.total, fx(g.rate), `${fx(g.ci[0])}–${fx(g.ci[1])}`])));
      const alarms = r.alarms.filter((a) => a.alarm).map((a) => a.month);
      c.io.out(`\nAlarms (NB CUSUM for a doubling, false-alarm setting: one per ~60 quiet months): ${alarms.length ? alarms.join(" ") : "none"}`);
      const last = r.alarms.at(-1);
      if (last) c.io.out(`Rising now? ${last.alarm ? `yes: the alarm is on in ${last.month}` : `no alarm in ${last.month}`}.`);
      c.io.out(`Regrouping: ${r.regrouping.found ? r.regrouping.explanation : `no — ${r.regrouping.reason}`}`);
      c.io.out(r.rule_text);
    },
  });

  questionCommand(program, ctx, alertsQuestion, {
    present(r, c) {
      c.io.out(`${r.scanned} series scanned (at least ${r.min_events} events and 24 covered months)${r.countries.length ? ` in ${r.countries.join(", ")}` : ""}; ${r.alerts.length ? "rising now:" : "none has an alarm in its last months or a regrouping."}`);
      if (r.alerts.length) c.io.out(table(["actor", "country", "data to", "last 12 months", "alarms now", "pressure", "regrouping"], r.alerts.map((a) => [a.actor, a.country, a.last_month, sparkline(a.counts_tail), a.recent_alarms.join(" ") || "–", a.pressure.toFixed(2), a.regrouping ? "yes" : "no"])));
      c.io.out(`\n"pressure" is the CUSUM statistic over its alarm threshold in the last month (1 or more: alarm); "now" is the last ${r.recent} months. ${r.rule_text}`);
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
    const d = await ask(c, detectQuestion, parseInput(detectQuestion.input, iraqCase ? { ...f, actor: "IS", country: "IRQ", period: "2004-01..2018-12" } : f));
    const { actor, places: countries } = d;
    const series = { months: d.months, counts: d.counts, deaths: d.deaths };
    const monitorFrom = f.monitorFrom ?? series.months[Math.min(24, series.months.length - 1)];
    const results = backtest(series, { fromMonth: monitorFrom });
    const perSeries = Number.parseInt(f.series, 10);
    if (f.synthetic && !(perSeries >= 1)) throw new UsageError(`--series "${f.series}" is not a whole number >= 1`);
    const synthetic = f.synthetic ? runSyntheticBacktest({ seriesPerScenario: perSeries }) : undefined;
    if (f.json) return c.io.out(JSON.stringify({ actor, countries, monitorFrom, series, methods: results, synthetic }, null, 2));
    c.io.out(`${actor.name} in ${countries.join(", ")}, ${series.months[0]}..${series.months.at(-1)}, replayed month by month from ${monitorFrom} using only data up to each month`);
    c.io.out(`${sparkline(series.counts)}\n`);
    c.io.out(table(["method", "first alarm", "alarms", "all alarm months"], results.map((m) => [m.method, m.firstAlarm ?? "never", m.alarms.length, m.alarms.slice(0, 12).join(" ") + (m.alarms.length > 12 ? " …" : "")])));
    if (synthetic) c.io.out(`\n${formatBacktestTable(synthetic)}`);
  });
}
