/**
 * Resolvers shared by the language rules. Deictic words ("last year", "vorig jaar") count from the
 * publication; anaphoric ones ("the previous year", "im Vorjahr", "a year earlier") count from the period
 * the passage last spoke of, falling back to the publication.
 */
import { addDays, addMonths, daysInMonth, iso, monthRange, monthsRange, yearOf, yearRange, type DayRange } from "./calendar.ts";
import type { PeriodContext, Resolution, Slots } from "./rule.ts";

type Unit = "day" | "week" | "month" | "year";

/** The year a bare month or "the first six months" belongs to: the publication's, or the passage's. */
export function defaultYear(ctx: PeriodContext, month?: number): number | undefined {
  const pub = ctx.published;
  if (!pub) return ctx.lastYear;
  if (month !== undefined && pub.month !== undefined && month > pub.month) return pub.year - 1;
  return pub.year;
}

/** A month, in the given year or the default one. */
export function month(ctx: PeriodContext, m: number | undefined, y: number | undefined): Resolution {
  if (m === undefined) return null;
  const year = y ?? defaultYear(ctx, m);
  return year === undefined ? undefined : monthRange(year, m);
}

/** A whole year, when known. */
export function year(y: number | undefined): Resolution {
  return y === undefined ? undefined : yearRange(y);
}

/** From the start of the publication's year to the publication. */
export function thisYear(ctx: PeriodContext): Resolution {
  const pub = ctx.published;
  return pub ? { start: iso(pub.year, 1, 1), end: pub.end } : undefined;
}

/** The calendar year before the publication. */
export function lastYear(ctx: PeriodContext): Resolution {
  return ctx.published ? yearRange(ctx.published.year - 1) : undefined;
}

/** The calendar year before the one the passage last spoke of. */
export function previousYear(ctx: PeriodContext): Resolution {
  if (ctx.last) return yearRange(yearOf(ctx.last.start) - 1);
  return lastYear(ctx);
}

/** The period the passage last spoke of, a year earlier. */
export function yearEarlier(ctx: PeriodContext): Resolution {
  if (ctx.last) return { start: addMonths(ctx.last.start, -12), end: addMonths(ctx.last.end, -12) };
  return lastYear(ctx);
}

/** The year after the one the passage last spoke of ("het jaar daarop", "the following year"); unresolved without one. */
export function nextYear(ctx: PeriodContext): Resolution {
  return ctx.last ? yearRange(yearOf(ctx.last.start) + 1) : undefined;
}

/** The period the passage last spoke of, a year later ("a year later", "ein Jahr später"); unresolved without one. */
export function yearLater(ctx: PeriodContext): Resolution {
  return ctx.last ? { start: addMonths(ctx.last.start, 12), end: addMonths(ctx.last.end, 12) } : undefined;
}

/** The period the passage last spoke of, moved into another year ("the same period of 2022"). */
export function shiftToYear(last: DayRange, y: number | undefined): Resolution {
  if (y === undefined) return undefined;
  const years = y - yearOf(last.start);
  return { start: addMonths(last.start, 12 * years), end: addMonths(last.end, 12 * years) };
}

/** The calendar month before the publication's. */
export function lastMonth(ctx: PeriodContext): Resolution {
  const pub = ctx.published;
  if (!pub || pub.month === undefined) return undefined;
  const start = addMonths(iso(pub.year, pub.month, 1), -1);
  return monthRange(yearOf(start), Number(start.slice(5, 7)));
}

/** The month before the period the passage last spoke of ("a month earlier", "een maand eerder"), else before the publication's. */
export function monthEarlier(ctx: PeriodContext): Resolution {
  if (!ctx.last) return lastMonth(ctx);
  const start = addMonths(ctx.last.start.slice(0, 8) + "01", -1);
  return monthRange(yearOf(start), Number(start.slice(5, 7)));
}

/** The calendar year `n` years before the publication's ("vor fünf Jahren", "five years ago"). */
export function yearsAgo(ctx: PeriodContext, n: number | undefined): Resolution {
  const pub = ctx.published;
  if (n === undefined) return null;
  return pub ? yearRange(pub.year - n) : undefined;
}

/** The last `n` units up to the publication ("in the past three months", "de laatste acht jaar"). */
export function pastN(ctx: PeriodContext, n: number | undefined, unit: Unit | undefined): Resolution {
  if (n === undefined || unit === undefined || n <= 0 || n > 100) return null;
  const pub = ctx.published;
  if (!pub) return undefined;
  if ((unit === "month" || unit === "year") && pub.end === addDays(addMonths(pub.end.slice(0, 8) + "01", 1), -1)) {
    return { start: addMonths(`${pub.end.slice(0, 8)}01`, -(unit === "month" ? n : 12 * n) + 1), end: pub.end };
  }
  const back =
    unit === "day" ? addDays(pub.end, -n) : unit === "week" ? addDays(pub.end, -7 * n) : addMonths(pub.end, unit === "month" ? -n : -12 * n);
  const start = addDays(back, 1);
  return { start: unit === "year" ? `${start.slice(0, 8)}01` : start, end: pub.end };
}

/** Unnumbered recent stretches: "recent weeks" as four weeks, "recent months" as three, "recent years" as three. */
export function recent(ctx: PeriodContext, unit: Unit | undefined): Resolution {
  const pub = ctx.published;
  if (!pub || unit === undefined) return pub ? undefined : null;
  if (unit === "week" || unit === "day") return { start: addDays(pub.end, -28), end: pub.end };
  return { start: addDays(addMonths(pub.end, unit === "month" ? -3 : -36), 1), end: pub.end };
}

/** From a start to the publication ("since January", "seit 2015"). */
export function since(ctx: PeriodContext, from: Resolution): Resolution {
  if (from === null) return null;
  const pub = ctx.published;
  if (!from || !pub || from.start > pub.end) return undefined;
  return { start: from.start, end: pub.end };
}

/** The first `n` months of a year. */
export function firstMonths(y: number | undefined, n: number | undefined): Resolution {
  if (n === undefined || n < 1 || n > 12) return null;
  return y === undefined ? undefined : monthsRange(y, 1, n);
}

/** A quarter of a year. */
export function quarter(y: number | undefined, q: number | undefined): Resolution {
  if (q === undefined || q < 1 || q > 4) return null;
  return y === undefined ? undefined : monthsRange(y, 3 * q - 2, 3 * q);
}

/** The last `n` months of a year ("de laatste drie maanden van 2023"). */
export function lastMonths(y: number | undefined, n: number | undefined): Resolution {
  if (n === undefined || n < 1 || n > 12) return null;
  return y === undefined ? undefined : monthsRange(y, 13 - n, 12);
}

/** The last complete quarter before the publication's month ("in het laatste kwartaal", "last quarter"). */
export function lastQuarter(ctx: PeriodContext): Resolution {
  const pub = ctx.published;
  if (!pub?.month) return undefined;
  const current = Math.ceil(pub.month / 3);
  return current === 1 ? monthsRange(pub.year - 1, 10, 12) : monthsRange(pub.year, 3 * current - 5, 3 * current - 3);
}

/** From the start of the publication's month to the publication ("deze maand", "this month"). */
export function thisMonth(ctx: PeriodContext): Resolution {
  const pub = ctx.published;
  return pub?.month ? { start: iso(pub.year, pub.month, 1), end: pub.end } : undefined;
}

/** A half of a year. */
export function half(y: number | undefined, h: number | undefined): Resolution {
  if (h === undefined || h < 1 || h > 2) return null;
  return y === undefined ? undefined : monthsRange(y, 6 * h - 5, 6 * h);
}

/** The range between two month-or-year points; a missing first year is the second's (or the one before). */
export function between(
  ctx: PeriodContext,
  a: { month?: number; year?: number; mid?: boolean },
  b: { month?: number; year?: number; mid?: boolean },
): Resolution {
  const yb = b.year ?? (b.month !== undefined ? defaultYear(ctx, b.month) : undefined);
  const ya = a.year ?? (yb !== undefined && a.month !== undefined && b.month !== undefined && a.month > b.month ? yb - 1 : yb);
  if (ya === undefined || yb === undefined) return undefined;
  const start = a.mid ? iso(ya, 7, 1) : iso(ya, a.month ?? 1, 1);
  const endMonth = b.mid ? 6 : (b.month ?? 12);
  const end = iso(yb, endMonth, daysInMonth(yb, endMonth));
  return start <= end ? { start, end } : null;
}

/** The middle of a year on its own ("mid-2020"): June and July. */
export function midYear(y: number | undefined): Resolution {
  return y === undefined ? undefined : monthsRange(y, 6, 7);
}

/** "2016/17", "2016-17": from the first year to the second, written by its last two digits. */
export function yearToShort(y: number | undefined, yy: string | undefined): Resolution {
  if (y === undefined || yy === undefined) return undefined;
  const end = Math.floor(y / 100) * 100 + Number(yy);
  return end > y ? { start: yearRange(y).start, end: yearRange(end).end } : null;
}

/** Season words of the four languages, folded, as their meteorological months. */
const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5], lente: [3, 5], voorjaar: [3, 5], fruhling: [3, 5], fruhjahr: [3, 5], printemps: [3, 5],
  summer: [6, 8], zomer: [6, 8], sommer: [6, 8], ete: [6, 8],
  autumn: [9, 11], fall: [9, 11], herfst: [9, 11], najaar: [9, 11], herbst: [9, 11], automne: [9, 11],
};

/** A season of a year by its word: spring March–May, summer June–August, autumn September–November. */
export function season(y: number | undefined, word: string | undefined): Resolution {
  const months = word === undefined ? undefined : SEASON_MONTHS[word];
  if (!months) return null;
  return y === undefined ? undefined : monthsRange(y, months[0], months[1]);
}

/** A decade by its first year ("the 1990s"). */
export function decade(first: number | undefined): Resolution {
  return first === undefined ? undefined : { start: iso(first, 1, 1), end: iso(first + 9, 12, 31) };
}

/** A decade by its digits: "199" ("the 1990s", "les années 1990"), "9" ("de jaren '90", "den 90er-Jahren": the 1900s' nineties). */
export function decadeOf(digits: string | undefined): Resolution {
  if (digits === undefined) return undefined;
  return decade(digits.length === 3 ? Number(digits) * 10 : 1900 + Number(digits) * 10);
}

const DECADE_WORDS: Record<string, number> = {
  zeventig: 1970, tachtig: 1980, negentig: 1990, siebziger: 1970, achtziger: 1980, neunziger: 1990,
  "soixante-dix": 1970, "quatre-vingt": 1980, "quatre-vingt-dix": 1990,
};

/** A decade by its word ("de jaren negentig", "den Neunzigerjahren", "les années quatre-vingt-dix"). */
export function decadeOfWord(word: string | undefined): Resolution {
  const first = word === undefined ? undefined : DECADE_WORDS[word];
  return first === undefined ? undefined : decade(first);
}

/** A day written in digits ("2016-01-16", "16-01-2016", "16.01.2016"): refused when the month or day is none. */
export function numericDay(ctx: PeriodContext, d: number | undefined, m: string | undefined, y: number | undefined): Resolution {
  const mo = Number(m);
  if (!Number.isInteger(mo) || mo < 1 || mo > 12) return null;
  return day(ctx, d, mo, y);
}

/** The twelve months to the end of a month ("the year to June", "de twaalf maanden tot juni"). */
export function twelveMonthsTo(ctx: PeriodContext, m: number | undefined, y: number | undefined): Resolution {
  const last = month(ctx, m, y);
  if (!last) return last;
  return { start: addMonths(last.start, -11), end: last.end };
}

/** A single day. */
export function day(ctx: PeriodContext, d: number | undefined, m: number | undefined, y: number | undefined): Resolution {
  if (d === undefined || m === undefined || d < 1) return null;
  const year = y ?? defaultYear(ctx, m);
  if (year === undefined) return undefined;
  if (d > daysInMonth(year, m)) return null;
  const date = iso(year, m, d);
  return { start: date, end: date };
}

/** The weekday (0 Sunday … 6 Saturday) of an ISO day. */
function weekdayOf(dayIso: string): number {
  return new Date(`${dayIso}T00:00:00Z`).getUTCDay();
}

/** The publication day, when the publication gives one: news name days relative to it. */
function pubDay(ctx: PeriodContext): string | undefined {
  const pub = ctx.published;
  return pub?.day !== undefined ? pub.end : undefined;
}

/**
 * A weekday named without a date ("dinsdag", "on Tuesday", "am Dienstag", "mardi"): the last such day on or
 * before the publication day. Unknown when the publication gives no day.
 */
export function weekday(ctx: PeriodContext, dow: number): Resolution {
  const d = pubDay(ctx);
  if (!d) return undefined;
  const date = addDays(d, -((weekdayOf(d) - dow + 7) % 7));
  return { start: date, end: date };
}

/** The day before the publication ("gisteren", "yesterday", "gestern", "hier"). */
export function yesterday(ctx: PeriodContext): Resolution {
  const d = pubDay(ctx);
  if (!d) return undefined;
  const date = addDays(d, -1);
  return { start: date, end: date };
}

/** The calendar week (Monday to Sunday) before the publication's ("vorige week", "last week", "letzte Woche", "la semaine dernière"). */
export function lastWeek(ctx: PeriodContext): Resolution {
  const d = pubDay(ctx);
  if (!d) return undefined;
  const monday = addDays(d, -((weekdayOf(d) + 6) % 7) - 7);
  return { start: monday, end: addDays(monday, 6) };
}

/** A year written out, or the publication's. */
export function yearOr(s: Slots, name: string): number | undefined {
  return s.has(name) ? s.year(name) : defaultYear(s.ctx);
}

/** A duration blocks its number from being read as a count but sets no period. */
export function duration(n: number | undefined): Resolution {
  return n === undefined ? null : undefined;
}

export type { DayRange };
