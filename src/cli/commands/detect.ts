/**
 * `resurgence detect` (one series: regimes, alarms, the regrouping verdict), `resurgence alerts` (every actor
 * × country, ranked by what is rising now) and `resurgence backtest` (history replayed month by month, and the
 * synthetic evaluation against the rules analysts use today).
 */
import type { Command } from "commander";
import { CountingRule, actorIdsFor, describeRule } from "../../analysis/counting/index.ts";
import { backtest, detect, formatBacktestTable, runSyntheticBacktest, sparkline } from "../../analysis/detect/index.ts";
import { monthlySeries, scanAlerts } from "../../analysis/monitor/index.ts";
import { UsageError } from "../../errors.ts";
import { parseCountryList } from "../../places/index.ts";
import type { Context } from "../context.ts";
import { table } from "../table.ts";
import { resolveActorArg, ruleOptions, type RuleFlags } from "./rule-flags.ts";

interface SeriesFlags extends RuleFlags {
  actor: string;
  country?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function checkMonth(flag: string, v?: string): void {
  if (v !== undefined && !MONTH.test(v)) throw new UsageError(`${flag} "${v}" is not a month YYYY-MM`);
}

async function seriesFor(c: Context, f: SeriesFlags) {
  checkMonth("--from", f.from);
  checkMonth("--to", f.to);
  const rule = CountingRule.parse(ruleOptions(f));
  const actor = resolveActorArg(c, f.actor);
  const countries = f.country ? parseCountryList(f.country) : [];
  const series = await monthlySeries(await c.openStore(), { actorIds: actorIdsFor(actor.id, rule, c.actors()), countries, rule, from: f.from, to: f.to });
  return { rule, actor, countries, series };
}

const fx = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(1));

export function registerDetect(program: Command, ctx: () => Context): void {
  const det = program
    .command("detect")
    .description("regimes, month-by-month alarms and the regrouping verdict for an actor's monthly events")
    .requiredOption("--actor <name>", "actor name or alias, e.g. IS")
    .option("--country <list>", "ISO3 codes or names, e.g. IRQ")
    .option("--from <YYYY-MM>", "first month (default: where the data begin)")
    .option("--to <YYYY-MM>", "last month (default: where the data end)")
    .option("--json", "print JSON");
  ruleOptions.register(det);
  det.action(async (f: SeriesFlags) => {
    const c = ctx();
    const { rule, actor, countries, series } = await seriesFor(c, f);
    const r = detect(series);
    if (f.json) return c.io.out(JSON.stringify({ actor, countries, rule, series, ...r }, null, 2));
    c.io.out(`${actor.name} in ${countries.join(", ") || "all countries"}, ${series.months[0]}..${series.months.at(-1)} (${series.counts.reduce((a, b) => a + b, 0).toLocaleString("en")} events)`);
    c.io.out(`${sparkline(series.counts)}  max ${Math.max(...series.counts)}/month\n`);
    c.io.out(`Model: ${r.model === "negbin" ? `negative binomial (overdispersed, α = ${r.alpha.toFixed(3)})` : "Poisson (no overdispersion found)"}; penalty ${r.penalty.criterion}.`);
    c.io.out(table(["from", "to", "months", "events", "per month", "95% CI"], r.regimes.map((g) => [g.start, g.end, g.months, g.total, fx(g.rate), `${fx(g.ci[0])}–${fx(g.ci[1])}`])));
    const alarms = r.alarms.filter((a) => a.alarm).map((a) => a.month);
    c.io.out(`\nAlarms (NB CUSUM for a doubling, false-alarm setting: one per ~60 quiet months): ${alarms.length ? alarms.join(" ") : "none"}`);
    const last = r.alarms.at(-1);
    if (last) c.io.out(`Rising now? ${last.alarm ? `yes: the alarm is on in ${last.month}` : `no alarm in ${last.month}`}.`);
    c.io.out(`Regrouping: ${r.regrouping.found ? r.regrouping.explanation : `no — ${r.regrouping.reason}`}`);
    c.io.out(describeRule(rule, actor.name));
  });

  const al = program
    .command("alerts")
    .description("scan every actor × country series and rank what is rising now")
    .option("--country <list>", "only these countries")
    .option("--min-events <n>", "skip series with fewer events", "50")
    .option("--recent <months>", "how many last months count as now", "3")
    .option("--limit <n>", "show at most this many", "20")
    .option("--json", "print JSON");
  ruleOptions.register(al);
  al.action(async (f: RuleFlags & { country?: string; minEvents: string; recent: string; limit: string; json?: boolean }) => {
    const c = ctx();
    const n = (flag: string, v: string) => {
      const x = Number.parseInt(v, 10);
      if (!Number.isFinite(x) || x < 1) throw new UsageError(`${flag} "${v}" is not a whole number >= 1`);
      return x;
    };
    const rule = CountingRule.parse(ruleOptions(f));
    const alerts = (await scanAlerts(await c.openStore(), c.actors(), { rule, minEvents: n("--min-events", f.minEvents), recentMonths: n("--recent", f.recent), countries: f.country ? parseCountryList(f.country) : [] })).slice(0, n("--limit", f.limit));
    if (f.json) return c.io.out(JSON.stringify(alerts, null, 2));
    c.io.out(table(["actor", "country", "data to", "last 12 months", "alarms now", "pressure", "regrouping"], alerts.map((a) => [a.actor, a.country, a.last_month, sparkline(a.counts_tail), a.recent_alarms.join(" ") || "–", a.pressure.toFixed(2), a.regrouping ? "yes" : "no"])));
    c.io.out(`\n"pressure" is the CUSUM statistic over its alarm threshold in the last month (1 or more: alarm). ${describeRule(rule, "the actor")}`);
  });

  const bt = program
    .command("backtest")
    .description("replay history month by month (no look-ahead) and report when each method first fired; --synthetic scores methods on simulated series")
    .option("--actor <name>", "actor (default IS)", "IS")
    .option("--country <list>", "countries (default IRQ)", "IRQ")
    .option("--from <YYYY-MM>", "first month of the series (default 2004-01 for the IS-in-Iraq case)")
    .option("--to <YYYY-MM>", "last month")
    .option("--monitor-from <YYYY-MM>", "months before this are history only")
    .option("--synthetic", "also run the synthetic evaluation (seeded; takes a few minutes)")
    .option("--series <n>", "synthetic series per scenario", "150")
    .option("--json", "print JSON");
  ruleOptions.register(bt);
  bt.action(async (f: SeriesFlags & { monitorFrom?: string; synthetic?: boolean; series: string }) => {
    const c = ctx();
    checkMonth("--monitor-from", f.monitorFrom);
    const isIraqCase = f.actor === "IS" && f.country === "IRQ" && !f.from;
    const { actor, countries, series } = await seriesFor(c, { ...f, from: f.from ?? (isIraqCase ? "2004-01" : undefined) });
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
