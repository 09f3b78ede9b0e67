/**
 * Points for maps (the dashboard's and the briefing's): a bounded set of events with only what a point
 * needs, each keyed to the actor that colours it. When more events match than the map may draw, pages are
 * taken at even offsets through the date-ordered events so every stretch of the period is represented, and
 * the answer says so.
 */
import { nameOfId, writtenName, type Registry } from "../actors/index.ts";
import { messages, type MessageLang } from "../messages/index.ts";
import type { EventSummary } from "../event.ts";
import type { EventFilter, Store } from "../store/index.ts";

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  date: string;
  /** Index into `legend` (the last entry, id "other", gathers the actors past the eighth). */
  k: number;
  deaths: number | null;
  country: string | null;
  precision: EventSummary["place_precision"];
}

export interface MapPoints {
  total: number;
  shown: number;
  sampled: boolean;
  legend: Array<{ id: string; name: string; count: number }>;
  points: MapPoint[];
}

const CHUNKS = 20;
const LEGEND_SIZE = 8;

/** The actor an event is drawn for: a requested actor if present, else its first armed group, else side A. */
export function colourKey(e: EventSummary, wanted: ReadonlySet<string>, registry: Registry): string {
  const ids = [...e.side_a_actor_ids, ...e.side_b_actor_ids];
  const pick = ids.find((id) => wanted.has(id)) ?? ids.find((id) => registry.actors.get(id)?.kind === "armed_group") ?? ids.find((id) => !id.startsWith("gov-") && id !== "civilians");
  return pick ?? ids[0] ?? "unknown";
}

/** How the events write an actor the registry lacks: the first of its sides that names it (actors/writtenName). */
function writtenIn(events: EventSummary[], registry: Registry, id: string): string | undefined {
  for (const e of events) {
    const name = writtenName(registry, id, [e.side_a, e.side_b]);
    if (name) return name;
  }
  return undefined;
}

async function fetchBounded(store: Store, filter: EventFilter, total: number, max: number): Promise<EventSummary[]> {
  if (total <= max) return store.eventSummaries(filter, { limit: max, offset: 0 });
  const per = Math.floor(max / CHUNKS);
  const pages = await Promise.all(Array.from({ length: CHUNKS }, (_, k) => store.eventSummaries(filter, { limit: per, offset: Math.floor((k * total) / CHUNKS) })));
  return pages.flat();
}

export async function mapPoints(store: Store, registry: Registry, filter: EventFilter, max: number, lang: MessageLang = "en"): Promise<MapPoints> {
  const total = (await store.count({ filter }))[0]?.events ?? 0;
  const events = (await fetchBounded(store, filter, total, max)).filter((e) => e.latitude !== null && e.longitude !== null);
  const wanted = new Set(filter.actorIds);
  const keys = events.map((e) => colourKey(e, wanted, registry));
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = ranked.slice(0, LEGEND_SIZE);
  const rest = ranked.slice(LEGEND_SIZE).reduce((s, [, n]) => s + n, 0);
  // An actor the registry lacks (GDELT's "UNITED STATES", "POLICE") is named as the data write it, not by its id's slug.
  const legend = top.map(([id, count]) => ({ id, name: registry.actors.has(id) ? nameOfId(registry, id, lang) : (writtenIn(events, registry, id) ?? nameOfId(registry, id, lang)), count }));
  if (rest > 0) legend.push({ id: "other", name: messages(lang).mapScope.otherActors, count: rest });
  const index = new Map(top.map(([id], i) => [id, i]));
  const points = events.map((e, i) => ({
    id: e.id,
    lat: e.latitude as number,
    lon: e.longitude as number,
    date: e.date_start,
    k: index.get(keys[i]!) ?? top.length,
    deaths: e.deaths_best,
    country: e.country_iso3,
    precision: e.place_precision,
  }));
  return { total, shown: points.length, sampled: total > max, legend, points };
}
