/**
 * Notices: what the watch tells people, derived from the `detect` answer of one watched actor × country. An
 * alarm notice names the month the current run of NB CUSUM alarms began (so a run of alarms is one notice,
 * not one a month); a regrouping notice the month the rise began. Each carries its evidence and the counting
 * rule, and an id that stays the same across runs — what the state remembers as sent.
 */
import type { OutputOf } from "../questions/index.ts";
import type { detectQuestion } from "../questions/index.ts";

export type Lang = "en" | "nl";

export interface Notice {
  /** Stable across runs: `<actor id>/<countries>/<kind>/<month>`. */
  id: string;
  kind: "alarm" | "regrouping";
  actor: string;
  actor_id: string;
  countries: string[];
  /** The month it fired: the first month of the alarm run, or the first month of the rise. */
  month: string;
  /** The last month of data. */
  data_to: string;
  /** The last 12 monthly counts, oldest first, and their months. */
  months: string[];
  counts: number[];
  /** Alarm: the last month's count over the CUSUM's in-control rate; regrouping: the high regime's rate over the low's. */
  ratio: number;
  /** Alarm: the in-control rate (events/month); regrouping: the low regime's rate. */
  baseline: number;
  explanation: string;
  rule_text: string;
  /** The dashboard view of this actor × country. */
  link: string;
}

/** Months of alarms at the end of a series that count as "now": older alarm runs are history, not news. */
export const RECENT_MONTHS = 3;

/** The dashboard's view of an actor in some countries (the dashboard reads these query parameters). */
export function dashboardLink(base: string, actor: string, countries: string[], lang: Lang): string {
  const u = new URL(base);
  u.searchParams.set("actor", actor);
  if (countries.length) u.searchParams.set("country", countries.join(","));
  if (lang !== "en") u.searchParams.set("lang", lang);
  return u.toString();
}

/** The notices a detect answer holds now: an alarm run reaching into the last months, and a regrouping found. */
export function noticesOf(d: OutputOf<typeof detectQuestion>, dashboard: string, lang: Lang = "en"): Notice[] {
  const out: Notice[] = [];
  const months = d.months.slice(-12);
  const counts = d.counts.slice(-12);
  const data_to = d.months.at(-1) ?? "";
  const base = { actor: d.actor.name, actor_id: d.actor.id, countries: d.places, data_to, months, counts, rule_text: d.rule_text, link: dashboardLink(dashboard, d.actor.name, d.places, lang) };
  const key = (kind: string, month: string) => `${d.actor.id}/${d.places.join(",") || "all"}/${kind}/${month}`;
  const alarms = d.alarms;
  const recent = alarms.slice(-RECENT_MONTHS);
  if (recent.some((a) => a.alarm)) {
    // Walk back from the last alarm in the recent months to the first month of its run.
    let i = alarms.length - 1;
    while (!alarms[i]!.alarm) i--;
    let start = i;
    while (start > 0 && alarms[start - 1]!.alarm) start--;
    const first = alarms[start]!;
    const last = alarms[i]!;
    const baseline = first.baseline ?? 0;
    out.push({
      ...base,
      id: key("alarm", first.month),
      kind: "alarm",
      month: first.month,
      ratio: baseline > 0 ? last.count / baseline : Infinity,
      baseline,
      explanation: `NB CUSUM alarm since ${first.month}: ${last.count} events in ${last.month} against an in-control rate of ${baseline.toFixed(1)}/month`,
    });
  }
  if (d.regrouping.found) {
    const r = d.regrouping;
    out.push({ ...base, id: key("regrouping", r.riseStart), kind: "regrouping", month: r.riseStart, ratio: r.ratio, baseline: r.low.rate, explanation: r.explanation });
  }
  return out;
}
