/**
 * Calendar arithmetic on ISO days (`YYYY-MM-DD`, UTC), and the publication date a relative period is
 * resolved against. A publication date may be a year, a month or a day; `end` is the last day it may be.
 */

/** An inclusive range of ISO days. */
export interface DayRange {
  start: string;
  end: string;
}

/** A publication date at the precision the source gives. */
export interface Published {
  year: number;
  month?: number;
  day?: number;
  /** The last day the publication may fall on (the day itself, or the end of its month or year). */
  end: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** The ISO string of a day. */
export function iso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day `n` days after (or before, if negative) an ISO day. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The same day `n` months later (clamped to the month's last day). */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return iso(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The whole of a year. */
export function yearRange(year: number): DayRange {
  return { start: iso(year, 1, 1), end: iso(year, 12, 31) };
}

/** The whole of a month. */
export function monthRange(year: number, month: number): DayRange {
  return { start: iso(year, month, 1), end: iso(year, month, daysInMonth(year, month)) };
}

/** Months `from`..`to` (1-based, inclusive) of a year. */
export function monthsRange(year: number, from: number, to: number): DayRange {
  return { start: iso(year, from, 1), end: iso(year, to, daysInMonth(year, to)) };
}

/** The year of an ISO day. */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

/** The month (1–12) of an ISO day. */
export function monthOf(day: string): number {
  return Number(day.slice(5, 7));
}

/**
 * Reads a publication date given as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined for anything else.
 *
 * @example
 * parsePublished("2024-07")?.end; // "2024-07-31"
 */
export function parsePublished(text: string | undefined): Published | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text?.trim() ?? "");
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) return undefined;
  const end = month === undefined ? iso(year, 12, 31) : iso(year, month, day ?? daysInMonth(year, month));
  return { year, month, day, end };
}
