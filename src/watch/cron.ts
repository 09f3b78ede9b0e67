/**
 * Five-field cron expressions (minute hour day-of-month month day-of-week), in UTC: `*`, numbers, ranges
 * `a-b`, steps `*\/n` and `a-b/n`, and comma lists; day-of-week 0–7 with 0 and 7 both Sunday. As in Vixie cron,
 * when both day fields are restricted a day matches either. No names (JAN, MON), no `@daily`: say it in numbers.
 */
import { UsageError } from "../errors.ts";

export interface Cron {
  source: string;
  minute: Set<number>;
  hour: Set<number>;
  day: Set<number>;
  month: Set<number>;
  weekday: Set<number>;
  /** Whether the day-of-month and day-of-week fields were given as `*`. */
  anyDay: boolean;
  anyWeekday: boolean;
}

const FIELDS = [
  ["minute", 0, 59],
  ["hour", 0, 23],
  ["day of month", 1, 31],
  ["month", 1, 12],
  ["day of week", 0, 7],
] as const;

function parseField(text: string, name: string, min: number, max: number): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(",")) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!m) throw new UsageError(`cron ${name} "${part}" is not *, a number, a range a-b or a step */n`);
    const lo = m[1] === "*" ? min : Number(m[2]);
    const hi = m[1] === "*" ? max : m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? max : lo;
    const step = m[4] !== undefined ? Number(m[4]) : 1;
    if (lo < min || hi > max || lo > hi || step < 1) throw new UsageError(`cron ${name} "${part}" is outside ${min}–${max}`);
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

/**
 * Parses a cron expression.
 * @example parseCron("*\/15 * * * *") // every quarter hour
 */
export function parseCron(expr: string): Cron {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 5) throw new UsageError(`cron "${expr}" has ${parts.length} fields, not 5 (minute hour day-of-month month day-of-week)`);
  const [minute, hour, day, month, weekday] = FIELDS.map(([name, min, max], i) => parseField(parts[i]!, name, min, max)) as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
  if (weekday.has(7)) weekday.add(0);
  return { source: expr, minute, hour, day, month, weekday, anyDay: parts[2] === "*", anyWeekday: parts[4] === "*" };
}

function dayMatches(c: Cron, d: Date): boolean {
  const dom = c.day.has(d.getUTCDate());
  const dow = c.weekday.has(d.getUTCDay());
  if (c.anyDay && c.anyWeekday) return true;
  if (c.anyDay) return dow;
  if (c.anyWeekday) return dom;
  return dom || dow;
}

/** The first minute strictly after `after` that the expression matches (UTC); throws if none in 5 years. */
export function nextRun(c: Cron, after: Date): Date {
  const t = new Date(after.getTime());
  t.setUTCSeconds(0, 0);
  t.setUTCMinutes(t.getUTCMinutes() + 1);
  const limit = after.getTime() + 5 * 366 * 86_400_000;
  while (t.getTime() <= limit) {
    if (!c.month.has(t.getUTCMonth() + 1)) {
      t.setUTCMonth(t.getUTCMonth() + 1, 1);
      t.setUTCHours(0, 0);
    } else if (!dayMatches(c, t)) {
      t.setUTCDate(t.getUTCDate() + 1);
      t.setUTCHours(0, 0);
    } else if (!c.hour.has(t.getUTCHours())) {
      t.setUTCHours(t.getUTCHours() + 1, 0);
    } else if (!c.minute.has(t.getUTCMinutes())) {
      t.setUTCMinutes(t.getUTCMinutes() + 1);
    } else return t;
  }
  throw new UsageError(`cron "${c.source}" never matches in the next five years`);
}
