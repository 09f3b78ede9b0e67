/**
 * Cross-dataset event matching: the same real event recorded by two datasets. Two events match when they are
 * within `maxKm` of each other, their dates are within a window widened by each side's date precision, their
 * actors are compatible (they share an actor, or one side names none) and their death counts are within a
 * factor (when both give one). Matching is one-to-one and greedy, closest pairs first, so a merged count never
 * counts one event twice and never merges three into one.
 */
import type { DatePrecision, EventSummary } from "../../event.ts";

export interface MatchRule {
  maxKm: number;
  /** Days of tolerance for exactly dated events on both sides. */
  baseDays: number;
  /** Deaths may differ by at most this factor (1 + best) / (1 + best). */
  deathsFactor: number;
}

export const DEFAULT_MATCH_RULE: MatchRule = { maxKm: 25, baseDays: 1, deathsFactor: 3 };

/** Extra days of tolerance a date precision allows. */
const PRECISION_DAYS: Record<DatePrecision, number> = { day: 0, days: 6, week: 7, month: 31, year: 366 };

export interface MatchPair {
  a: EventSummary;
  b: EventSummary;
  km: number;
  days: number;
}

export function describeMatchRule(r: MatchRule): string {
  return `Two events are the same event when they are at most ${r.maxKm} km apart, their start dates are at most ${r.baseDays} day(s) apart (widened by each side's date precision: +6 days for a 2–6 day range, +7 for a week, +31 for a month, +366 for a year), they share an actor (or one side names none), and their death counts differ by less than a factor of ${r.deathsFactor}; each event matches at most one other, closest first.`;
}

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function actors(e: EventSummary): Set<string> {
  return new Set([...e.side_a_actor_ids, ...e.side_b_actor_ids].filter((id) => id !== "civilians"));
}

function compatible(a: EventSummary, b: EventSummary, rule: MatchRule): boolean {
  const aa = actors(a);
  const bb = actors(b);
  if (aa.size > 0 && bb.size > 0 && ![...aa].some((x) => bb.has(x))) return false;
  if (a.deaths_best != null && b.deaths_best != null) {
    const ratio = (1 + Math.max(a.deaths_best, b.deaths_best)) / (1 + Math.min(a.deaths_best, b.deaths_best));
    if (ratio >= rule.deathsFactor) return false;
  }
  return true;
}

/** One-to-one matches between two event lists (events without coordinates never match). */
export function matchEvents(as: EventSummary[], bs: EventSummary[], rule: MatchRule = DEFAULT_MATCH_RULE): MatchPair[] {
  // Index b by day so each a looks only at the days its window can reach.
  const byDay = new Map<number, EventSummary[]>();
  const maxWidenB = Math.max(0, ...bs.map((b) => PRECISION_DAYS[b.date_precision]));
  for (const b of bs) {
    if (b.latitude == null || b.longitude == null) continue;
    const d = dayNumber(b.date_start);
    const list = byDay.get(d);
    if (list) list.push(b);
    else byDay.set(d, [b]);
  }
  const candidates: MatchPair[] = [];
  for (const a of as) {
    if (a.latitude == null || a.longitude == null) continue;
    const d = dayNumber(a.date_start);
    const reach = rule.baseDays + PRECISION_DAYS[a.date_precision] + maxWidenB;
    for (let k = d - reach; k <= d + reach; k++) {
      for (const b of byDay.get(k) ?? []) {
        const days = Math.abs(k - d);
        if (days > rule.baseDays + PRECISION_DAYS[a.date_precision] + PRECISION_DAYS[b.date_precision]) continue;
        const km = haversineKm(a.latitude, a.longitude, b.latitude!, b.longitude!);
        if (km > rule.maxKm || !compatible(a, b, rule)) continue;
        candidates.push({ a, b, km, days });
      }
    }
  }
  candidates.sort((x, y) => x.days - y.days || x.km - y.km || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  const out: MatchPair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a.id) || usedB.has(c.b.id)) continue;
    usedA.add(c.a.id);
    usedB.add(c.b.id);
    out.push(c);
  }
  return out;
}
