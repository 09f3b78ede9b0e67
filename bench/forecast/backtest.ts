/**
 * The forecast backtest: rolling origin, no look-ahead, on the real series of the demo store and on seeded
 * synthetic series; the model and every baseline in the same run. Writes bench/results/forecast-backtest.{json,md}.
 *   node --import tsx bench/forecast/backtest.ts
 */
import { rmSync } from "node:fs";
import { DEMO_FILES } from "../../src/cli/commands/demo.ts";
import { FORECAST_BACKTEST_DEFAULTS, forecastBacktest, CALIBRATION_DEFAULTS, COMBINATION_DEFAULTS, describeCombination, LOCAL_TREND_DEFAULTS, type ScoreRow } from "../../src/analysis/forecast/index.ts";
import { storeWith } from "../../test/helpers/store.ts";
import { writeResults } from "../detect/write-results.ts";
import { realSeries, SYNTHETIC, syntheticSeries, type NamedSeries } from "./series.ts";

const started = Date.now();
const { store, dir } = await storeWith(DEMO_FILES, () => new Date("2026-01-01T00:00:00Z"));
const real = await realSeries(store);
await store.close();
rmSync(dir, { recursive: true, force: true });
const synthetic = syntheticSeries();
const settings = FORECAST_BACKTEST_DEFAULTS;

const groups: Array<[string, NamedSeries[]]> = [
  ["all real series", real],
  ["IS in Iraq 2004–2018", real.filter((s) => s.group === "IS in Iraq")],
  ["IS in Syria 2016–2019", real.filter((s) => s.group === "IS in Syria")],
  ["other real actor × country (≥ 50 events)", real.filter((s) => s.group === "other real")],
  ["synthetic", synthetic],
];
const results = groups.map(([name, series]) => ({ name, series: series.length, rows: forecastBacktest(series, settings) }));
// Per real series: is the model's mean CRPS the lowest of every method's at each horizon?
const perSeries = real.map((s) => {
  const rows = forecastBacktest([s], settings);
  return {
    label: s.label,
    best: Object.fromEntries(settings.horizons.map((h) => {
      const at = rows.filter((r) => r.horizon === h && r.forecasts > 0);
      const m = at.find((r) => r.method.startsWith("model"))!;
      const rival = at.filter((r) => r !== m).sort((a, b) => a.crps - b.crps)[0]!;
      return [h, { model: m.crps, best_rival: rival.method, rival: rival.crps, ahead: m.crps < rival.crps }];
    })),
  };
});
const seconds = (Date.now() - started) / 1000;

const pct = (x: number | null): string => (x === null ? "–" : `${(100 * x).toFixed(1)}%`);
const num = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(2));

function table(rows: ScoreRow[]): string {
  const model = rows.filter((r) => r.method.startsWith("model"));
  const lines = ["| method | h | forecasts | mean CRPS | vs model | MAE | 80% strict | 95% strict | 80% printed | 95% printed |", "|---|---|---|---|---|---|---|---|---|---|"];
  for (const h of settings.horizons) {
    const m = model.find((r) => r.horizon === h)!;
    for (const r of rows.filter((x) => x.horizon === h)) {
      lines.push(`| ${r.method} | ${h} | ${r.forecasts} | ${num(r.crps)} | ${r === m ? "" : `${((r.crps / m.crps - 1) * 100).toFixed(1)}%`} | ${num(r.mae)} | ${pct(r.cover80)} | ${pct(r.cover95)} | ${pct(r.cover80Printed)} | ${pct(r.cover95Printed)} |`);
    }
  }
  return lines.join("\n");
}

/** Where the model is not ahead of every baseline, or its 80% interval misses 75–85%, in words. */
function verdict(rows: ScoreRow[]): string[] {
  const out: string[] = [];
  for (const h of settings.horizons) {
    const m = rows.find((r) => r.horizon === h && r.method.startsWith("model"))!;
    const beaten = rows.filter((r) => r.horizon === h && r !== m && r.crps <= m.crps).map((r) => `${r.method} (${num(r.crps)} vs ${num(m.crps)})`);
    out.push(`h = ${h}: ${beaten.length ? `**behind or level with** ${beaten.join(", ")}` : "ahead of every baseline (and of its own trend component) on mean CRPS"}; 80% coverage ${pct(m.cover80)} strict (${pct(m.cover80Printed)} printed) — ${m.cover80 !== null && m.cover80 >= 0.75 && m.cover80 <= 0.85 ? "inside" : "**outside**"} 75–85%.`);
  }
  return out;
}

const md = `# Forecast backtest: rolling origin, no look-ahead

Every origin from month ${settings.firstScored} of each series on; each method sees only the months before the origin and
forecasts ${settings.horizons.join(", ")} months ahead. Real series: the demo store (UCDP GED 19.1, Iraq 1989–2018 and Syria
2016–2019), default counting rule (UCDP GED, any side, every violence type), each from the actor's first event to the last
covered month: ${real.map((s) => `${s.label} (${s.counts.length} months)`).join("; ")}.
Synthetic: ${SYNTHETIC.perShape} seeded NB series (α = ${SYNTHETIC.alpha}, ${SYNTHETIC.months} months, seed ${SYNTHETIC.seed}) of each shape: stable,
a ×3 step, a log random walk (sd 0.15/month), a ×5 surge that fades.

**Model:** NB2 around ${describeCombination()}; the NB dispersion per horizon by ML on the model's own last
${CALIBRATION_DEFAULTS.errors} out-of-sample errors at that horizon. "local-trend alone" is the damped-trend component by itself.

**Baselines**, in three forms: each point baseline with the *same* calibrated NB spread as the model (the strict comparison:
means against means); each as a bare point forecast (CRPS = absolute error); and a Poisson around the 12-month mean.

**Coverage:** *strict* reads the interval on the PIT scale (the share of [F(y−1), F(y)] inside [0.1, 0.9] or [0.025, 0.975]),
so whole-number interval ends give no free coverage; *printed* is whether the count falls in the [lo, hi] the forecast prints,
ends included (higher for small counts). "vs model": the method's mean CRPS relative to the model's (positive = worse).

**How the model came to be (read before trusting the margins):** the first design, the damped local trend alone (kept
below as "local-trend alone"), lost to the calibrated no-change and 3- and 12-month means on the real series at every
horizon in the first run. The adaptive combination was designed after seeing that, and run once on these series
(ahead of every baseline on the pooled real series at h = 1, 3, 6); the forgetting of old errors (half-life 6
forecasts) was then added for faster reaction to level shifts, a choice argued on synthetic shifts, with the second
run's real-series results also in view. No setting was searched over, but the design was chosen with real-series
results in view, so these real-series margins are not a clean out-of-sample test; future months are.

Per real series (model's mean CRPS below every other method's, at h = ${settings.horizons.join(" / ")}): ${settings.horizons.map((h) => `${perSeries.filter((p) => p.best[h]!.ahead).length}`).join(" / ")} of ${perSeries.length}.
Where it is not: ${perSeries.flatMap((p) => settings.horizons.filter((h) => !p.best[h]!.ahead).map((h) => `${p.label} h${h} (${p.best[h]!.best_rival} ${num(p.best[h]!.rival)} vs ${num(p.best[h]!.model)})`)).join("; ")}.

Run time ${seconds.toFixed(0)} s.

${results.map((g) => `## ${g.name} (${g.series} series)\n\n${verdict(g.rows).map((l) => `- ${l}`).join("\n")}\n\n${table(g.rows)}`).join("\n\n")}
`;
console.log(md);
console.log(writeResults("forecast-backtest", { settings, model: { localTrend: LOCAL_TREND_DEFAULTS, combination: COMBINATION_DEFAULTS }, calibration: CALIBRATION_DEFAULTS, synthetic: SYNTHETIC, seconds, groups: results, perSeries, series: real.map((s) => ({ label: s.label, first: s.months?.[0], last: s.months?.at(-1), months: s.counts.length, events: s.counts.reduce((a, b) => a + b, 0) })) }, md).join("\n"));
