/**
 * The briefing's map as an SVG string: Natural Earth country borders (world-atlas, 1:50m) around the
 * events of the two periods, period of interest in blue over the reference in grey. Projected with d3-geo
 * on the server, so the file needs nothing to display.
 */
import { geoBounds, geoMercator, geoPath } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { MapPoints } from "../points.ts";
import { BLUE, GREY } from "./chart.ts";
import { esc } from "./escape.ts";

type Countries = FeatureCollection<Geometry, { name: string }>;
let countries: Promise<Countries> | undefined;

function loadCountries(): Promise<Countries> {
  countries ??= import("world-atlas/countries-50m.json", { with: { type: "json" } }).then((m) => {
    const topo = m.default as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    return feature(topo, topo.objects.countries) as Countries;
  });
  return countries;
}

export async function mapSvg(a: MapPoints, b: MapPoints, title: string, width = 680, height = 330): Promise<string> {
  const world = await loadCountries();
  const all = [...a.points, ...b.points];
  const projection = geoMercator();
  const pad = 14;
  const coords: Array<[number, number]> = all.length ? all.map((p) => [p.lon, p.lat]) : [[-170, -56], [170, 78]];
  projection.fitExtent([[pad, pad], [width - pad, height - pad]], { type: "MultiPoint", coordinates: coords });
  const [w0, n0] = projection.invert?.([0, 0]) ?? [-180, 85];
  const [e0, s0] = projection.invert?.([width, height]) ?? [180, -85];
  const path = geoPath(projection);
  const shapes = world.features
    .filter((f) => {
      const [[w, so], [e, no]] = geoBounds(f);
      return e >= w0 && w <= e0 && no >= s0 && so <= n0;
    })
    .map((f) => `<path d="${esc(path(f) ?? "")}" fill="#fbfbf8" stroke="#8a96a3" stroke-width="0.7"><title>${esc(f.properties.name)}</title></path>`);
  const dots = (pts: MapPoints["points"]) =>
    pts
      .map((p) => projection([p.lon, p.lat]))
      .filter((xy): xy is [number, number] => xy !== null)
      .map(([x, y]) => `M${x.toFixed(1)},${y.toFixed(1)}h0`)
      .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">` +
    `<title>${esc(title)}</title><defs><clipPath id="frame"><rect width="${width}" height="${height}"/></clipPath></defs>` +
    `<g clip-path="url(#frame)"><rect width="${width}" height="${height}" fill="#e8eff5"/>${shapes.join("")}` +
    `<path d="${dots(b.points)}" fill="none" stroke="${GREY}" stroke-opacity="0.6" stroke-width="4" stroke-linecap="round"/>` +
    `<path d="${dots(a.points)}" fill="none" stroke="${BLUE}" stroke-opacity="0.7" stroke-width="4" stroke-linecap="round"/></g></svg>`
  );
}
