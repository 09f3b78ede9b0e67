/**
 * Reported figures: numbers stated by officials and analysts (issuer, statement date, period, places, actor,
 * what was counted, value, source), kept as first-class records beside the events.
 */
export { ReportedFigure, Measure, measures, MEASURE_WORDS } from "../reported-figure.ts";
export { importLedger, makeFigure, LEDGER_COLUMNS, type FigureInput } from "./import.ts";
export { parseMetric } from "./metric.ts";
