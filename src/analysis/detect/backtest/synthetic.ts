/**
 * Seeded synthetic series for the backtest. Each series has a base rate drawn log-uniformly from
 * [`minRate`, `maxRate`] events/month; changed series multiply it by `factor` from a month drawn uniformly
 * from [`changeFrom`, `changeTo`); counts are Poisson (α = 0) or NB2 with dispersion α.
 */
import { createRng } from "../stats/random.ts";

/** A family of series: a rate jump (or none) under some dispersion. */
export interface Scenario {
  name: string;
  /** Rate multiple after the change; null for no change. */
  factor: number | null;
  alpha: number;
}

/** One simulated series and where its change is (null: none). */
export interface SyntheticSeries {
  counts: number[];
  changeAt: number | null;
  baseRate: number;
}

/** Shape of the simulation. */
export interface SimulationSettings {
  seriesPerScenario: number;
  months: number;
  minRate: number;
  maxRate: number;
  changeFrom: number;
  changeTo: number;
  seed: number;
}

/** 10-year series, base rate 3–30 a month, change in years 5–8. */
export const SIMULATION_DEFAULTS: SimulationSettings = { seriesPerScenario: 150, months: 120, minRate: 3, maxRate: 30, changeFrom: 48, changeTo: 96, seed: 20240601 };

/** Null, 1.5×, 2× and 3× jumps, each under Poisson and under NB2 with α = 0.2. */
export const SCENARIOS: Scenario[] = [null, 1.5, 2, 3].flatMap((factor) =>
  [0, 0.2].map((alpha) => ({ name: `${factor === null ? "null" : `${factor}x`} ${alpha === 0 ? "poisson" : `nb α=${alpha}`}`, factor, alpha })),
);

/** The series of one scenario; scenario index `k` offsets the seed so scenarios are independent. */
export function simulateScenario(scenario: Scenario, k: number, s: SimulationSettings = SIMULATION_DEFAULTS): SyntheticSeries[] {
  const rng = createRng(s.seed + 7919 * k);
  const size = scenario.alpha > 0 ? 1 / scenario.alpha : Infinity;
  return Array.from({ length: s.seriesPerScenario }, () => {
    const baseRate = s.minRate * (s.maxRate / s.minRate) ** rng.uniform();
    const changeAt = scenario.factor === null ? null : s.changeFrom + Math.floor(rng.uniform() * (s.changeTo - s.changeFrom));
    const counts = Array.from({ length: s.months }, (_, t) => {
      const rate = changeAt !== null && t >= changeAt ? baseRate * (scenario.factor as number) : baseRate;
      return rng.negBin(rate, size);
    });
    return { counts, changeAt, baseRate };
  });
}
