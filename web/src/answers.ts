/**
 * The answers the dashboard reads, typed from the questions' output schemas on the server (type-only
 * imports: nothing of the server is bundled). A change of an answer is a compile error here, not a blank panel.
 */
import type { actorsQuestion, alertsQuestion, checkQuestion, compareCountsQuestion, compareQuestion, detectQuestion, mapQuestion, OutputOf, reconcileQuestion, reportedQuestion, seriesQuestion, statusQuestion } from "../../src/questions/index.ts";

export type ActorsAnswer = OutputOf<typeof actorsQuestion>;
export type AlertsAnswer = OutputOf<typeof alertsQuestion>;
export type CheckAnswer = OutputOf<typeof checkQuestion>;
export type CompareAnswer = OutputOf<typeof compareQuestion>;
export type CompareCountsAnswer = OutputOf<typeof compareCountsQuestion>;
export type DetectAnswer = OutputOf<typeof detectQuestion>;
export type MapAnswer = OutputOf<typeof mapQuestion>;
export type ReconcileAnswer = OutputOf<typeof reconcileQuestion>;
export type ReportedAnswer = OutputOf<typeof reportedQuestion>;
export type SeriesAnswer = OutputOf<typeof seriesQuestion>;
export type StatusAnswer = OutputOf<typeof statusQuestion>;
