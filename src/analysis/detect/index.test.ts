import { describe, expect, it } from "vitest";
import * as api from "./index.ts";

describe("the detect public API", () => {
  it("exports exactly these names, so a change to the surface is a reviewed change", () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "CUSUM_DEFAULTS",
        "EMA_DEFAULTS",
        "HDX_DEFAULTS",
        "REGROUPING_DEFAULTS",
        "SCENARIOS",
        "SIMULATION_DEFAULTS",
        "SURGE_DEFAULTS",
        "acledSurge",
        "addMonths",
        "assertSeries",
        "assessDispersion",
        "backtest",
        "binarySegmentation",
        "calibrateCusumThreshold",
        "cameronTrivediTest",
        "classifyRegrouping",
        "createRng",
        "cusumMethod",
        "defaultMethods",
        "detect",
        "detectAll",
        "emaZScore",
        "estimateNegBin",
        "flagMethod",
        "formatBacktestTable",
        "hdxSignal",
        "monthRange",
        "nbCusum",
        "negBinCost",
        "pairedDispersionTest",
        "pelt",
        "peltMethod",
        "poissonCost",
        "poissonDispersionTest",
        "rateInterval",
        "replay",
        "resolveOptions",
        "runSyntheticBacktest",
        "segmentCounts",
        "sparkline",
        "toRegimes",
      ]
    `);
  });
});
