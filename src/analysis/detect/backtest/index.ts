/**
 * The backtest: replay series month by month without look-ahead through online methods (the NB CUSUM,
 * PELT re-fitted each month, and the ACLED/HDX/EMA baselines), and score them on seeded synthetic series.
 */
export { flagMethod, type OnlineMethod, type Stepper } from "./method.ts";
export { cusumMethod, defaultMethods, peltMethod } from "./methods.ts";
export { backtest, replay, type MethodAlarms } from "./replay.ts";
export { SCENARIOS, SIMULATION_DEFAULTS, simulateScenario, type Scenario, type SimulationSettings, type SyntheticSeries } from "./synthetic.ts";
export { evaluateScenario, type BacktestRow } from "./evaluate.ts";
export { formatBacktestTable } from "./table.ts";
export { runSyntheticBacktest } from "./run-synthetic.ts";
