/**
 * Country borders from world-atlas (Natural Earth 1:50m, public domain), shipped as a hashed asset of the
 * build and fetched once: the map needs no tile server and no network beyond this server.
 */
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { FeatureCollection, Geometry } from "geojson";
import atlasUrl from "world-atlas/countries-50m.json?url";

export type Countries = FeatureCollection<Geometry, { name: string }>;

let loaded: Promise<Countries> | undefined;

export function loadCountries(): Promise<Countries> {
  loaded ??= fetch(atlasUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`world map: HTTP ${r.status}`);
      return r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
    })
    .then((topo) => feature(topo, topo.objects.countries) as Countries);
  return loaded;
}
