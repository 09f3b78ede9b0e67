/** What a reconciliation answers: each dataset's line, each reported figure's, the matches, and why they differ. */
import type { Period } from "../../periods/index.ts";
import type { ReportedFigure } from "../../reported-figure.ts";
import type { Covered, CountingRule } from "../counting/index.ts";

export interface DatasetLine {
  dataset: string;
  rule: CountingRule;
  definition: string;
  events: number;
  deaths: number;
  coverage: Covered;
  /** The countries counted: those asked for (every one with events when none was) that have data for the period. */
  places: string[];
  /** Coverage notes, per country and on the total, as `compare` writes them. */
  notes: string[];
}

export interface ReportedLine {
  figure: ReportedFigure;
  /** "same" when the figure's period is the question's; otherwise how they overlap. */
  period: "same" | "inside" | "contains" | "overlaps";
  places: "same" | "fewer" | "more" | "overlap";
}

export interface MatchSummary {
  a: string;
  b: string;
  rule: string;
  eventsA: number;
  eventsB: number;
  matched: number;
  /** Matched share of each side's events. */
  shareA: number;
  shareB: number;
  /** Events in either dataset, each real event once: a + b − matched. */
  merged: number;
  pairs: Array<{ a: string; b: string; km: number; days: number; a_date: string; b_date: string }>;
  /** Set when matching was not attempted, with why. */
  skipped?: string;
}

export interface Reconciliation {
  actor: { id: string; name: string };
  countries: string[];
  period: Period;
  datasets: DatasetLine[];
  reported: ReportedLine[];
  matches: MatchSummary[];
  explanation: string[];
}
