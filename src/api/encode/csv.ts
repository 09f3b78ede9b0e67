/**
 * Events as RFC 4180 CSV. Lists are joined with ";". A text cell that a spreadsheet would read as a formula
 * (starting with = + - @, tab or CR) is prefixed with an apostrophe: the file is data, never code.
 */
import { EVENT_COLUMNS, type EventView } from "./event-view.ts";

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return cell(v.join(";"));
  if (typeof v === "number") return String(v);
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function eventsCsv(events: EventView[], header = true): string {
  const lines = events.map((e) => EVENT_COLUMNS.map((k) => cell(e[k])).join(","));
  return (header ? [EVENT_COLUMNS.join(","), ...lines] : lines).join("\r\n") + "\r\n";
}
