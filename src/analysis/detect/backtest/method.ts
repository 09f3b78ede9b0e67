/**
 * An online method as the backtest sees it: `start()` gives a fresh stepper; the harness calls it once per
 * month with the counts observed so far (a frozen copy, so nothing later is reachable) and it answers
 * whether an alarm fires this month. Methods built on a per-month flag (`flagMethod`) fire at the onset of
 * a run of flagged months, so a rule that stays on for a whole surge counts once.
 */

/** Answers, month by month, "does an alarm fire now?" from the counts so far. */
export type Stepper = (countsSoFar: readonly number[]) => boolean;

/** A named online method. */
export interface OnlineMethod {
  name: string;
  start(): Stepper;
}

/** A method from a causal per-month flag rule; fires when the latest month is flagged and the one before was not. */
export function flagMethod(name: string, flags: (countsSoFar: readonly number[]) => boolean[]): OnlineMethod {
  return {
    name,
    start() {
      let previous = false;
      return (counts) => {
        const now = flags(counts)[counts.length - 1] ?? false;
        const fires = now && !previous;
        previous = now;
        return fires;
      };
    },
  };
}
