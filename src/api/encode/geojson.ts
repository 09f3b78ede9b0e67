/** Events as a GeoJSON FeatureCollection: a Point per event with coordinates; the rest as properties. */
import type { EventView } from "./event-view.ts";

export interface EventFeatureCollection {
  type: "FeatureCollection";
  features: Array<{ type: "Feature"; id: string; geometry: { type: "Point"; coordinates: [number, number] } | null; properties: Omit<EventView, "latitude" | "longitude"> }>;
}

export function eventsGeoJson(events: EventView[]): EventFeatureCollection {
  return {
    type: "FeatureCollection",
    features: events.map(({ latitude, longitude, ...properties }) => ({
      type: "Feature",
      id: properties.id,
      // GeoJSON orders coordinates longitude first (RFC 7946).
      geometry: latitude !== null && longitude !== null ? { type: "Point", coordinates: [longitude, latitude] } : null,
      properties,
    })),
  };
}
