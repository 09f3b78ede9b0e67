/** Every scenario through every method: the rows of the synthetic backtest table. */
import { evaluateScenario, type BacktestRow } from "./evaluate.ts";
import type { OnlineMethod } from "./method.ts";
import { defaultMethods } from "./methods.ts";
import { SCENARIOS, SIMULATION_DEFAULTS, simulateScenario, type Scenario, type SimulationSettings } from "./synthetic.ts";

/** Simulates each scenario (seeded) and scores each method on it; rows grouped by scenario. */
export function runSyntheticBacktest(
  settings: Partial<SimulationSettings> = {},
  scenarios: readonly Scenario[] = SCENARIOS,
  methods: () => OnlineMethod[] = defaultMethods,
): BacktestRow[] {
  const s = { ...SIMULATION_DEFAULTS, ...settings };
  return scenarios.flatMap((scenario, k) => evaluateScenario(scenario, simulateScenario(scenario, k, s), methods()));
}
