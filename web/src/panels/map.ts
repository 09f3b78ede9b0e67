/**
 * The map: country borders (world-atlas) under the events the API's map endpoint chose, drawn as one SVG
 * path per actor colour (dots are zero-length strokes, so they keep their size at any zoom). Clicking, or
 * Enter for the event nearest the centre, opens the event's details and source.
 */
import { geoBounds, geoMercator, geoPath } from "d3-geo";
import { getJson } from "../api.ts";
import { downloadLink } from "../export.ts";
import { fill, h, s } from "../dom.ts";
import { fmt, type Lang, type Strings } from "../i18n.ts";
import { alpha3ToNumeric } from "i18n-iso-countries";
import { loadCountries } from "../map/atlas.ts";
import { colour, swatchClass } from "../map/colours.ts";
import { showEvent } from "../map/details.ts";
import { PanZoom, type ViewTransform } from "../map/view.ts";
import { ruleParams, type State } from "../state.ts";
import type { MapAnswer } from "../answers.ts";


export interface MapPanelDeps {
  state: State;
  t: Strings;
  lang: Lang;
  update(patch: Partial<State>, push?: boolean): void;
}

function parseView(v: string): ViewTransform | null {
  const [x, y, k] = v.split(",").map(Number);
  return x !== undefined && y !== undefined && k !== undefined && [x, y, k].every(Number.isFinite) ? { x, y, k } : null;
}

export async function renderMap(section: HTMLElement, d: MapPanelDeps): Promise<void> {
  const { state: st, t, lang } = d;
  const toggle = h(
    "fieldset",
    { class: "toggle" },
    h("legend", { class: "sr-only" }, t.mapShows),
    ...(["all", "actor"] as const).map((mode) => {
      const input = h("input", { type: "radio", name: "map-mode", id: `map-${mode}`, value: mode, checked: st.map === mode });
      input.addEventListener("change", () => d.update({ map: mode, event: "", view: "" }));
      return h("label", { for: `map-${mode}` }, input, mode === "all" ? t.mapAll : `${t.mapActor} (${st.actor})`);
    }),
  );
  const status = h("p", { class: "muted", role: "status" }, t.loading);
  const frame = h("div", { class: "map-frame" });
  const legend = h("ul", { class: "legend" });
  const details = h("div", { class: "details", "aria-live": "polite" }, h("p", { class: "muted" }, t.detailsHint));
  fill(section, h("div", { class: "panel-head" }, h("h2", {}, t.map), toggle), status, frame, legend, details);

  // Showing compare's actor, the map is asked for compare's period pair too: its answer then says what compare's total counts.
  const params = { ...ruleParams(st), country: st.country || undefined, period: st.period, actor: st.map === "actor" ? st.actor : undefined, lang: st.lang, ...(st.map === "actor" ? { vs: st.vs } : {}) };
  const [countries, answer] = await Promise.all([loadCountries(), getJson<MapAnswer>("/api/map", params)]);

  const width = Math.max(280, Math.round(frame.clientWidth || section.clientWidth || 600));
  const height = Math.round(Math.min(520, Math.max(260, width * 0.66)));
  const projection = geoMercator();
  const pad = 18;
  // The events shown; with none (a period the data do not reach), the countries asked about; else the world.
  const asked = new Set(st.country.split(",").map((c) => alpha3ToNumeric(c.trim().toUpperCase())).filter((n): n is string => n !== undefined));
  const focus = countries.features.filter((f) => asked.has(String(f.id)));
  const box: [[number, number], [number, number]] = [[pad, pad], [width - pad, height - pad]];
  if (answer.points.length > 0) projection.fitExtent(box, { type: "MultiPoint", coordinates: answer.points.map((p) => [p.lon, p.lat]) });
  else if (focus.length > 0) projection.fitExtent(box, { type: "FeatureCollection", features: focus });
  else projection.fitExtent(box, { type: "MultiPoint", coordinates: [[-170, -56], [170, 78]] });
  // Draw only countries near the view (with room to pan): the rest of the world costs paint, not value. A view
  // wider than the world wraps round when inverted (west edge east of the east edge): then every longitude is near.
  const [[wx, n0], [ex, s0]] = [projection.invert?.([-width, -height]) ?? [-180, 85], projection.invert?.([2 * width, 2 * height]) ?? [180, -85]];
  const [w0, e0] = wx > ex ? [-180, 180] : [wx, ex];
  const near = countries.features.filter((f) => {
    const [[w, so], [e, no]] = geoBounds(f);
    return e >= w0 && w <= e0 && no >= s0 && so <= n0;
  });
  const path = geoPath(projection);
  const xy = answer.points.map((p) => projection([p.lon, p.lat]) ?? [NaN, NaN]);

  const layer = s("g", {});
  const marker = s("circle", { class: "selected", r: 7, cx: -99, cy: -99, "vector-effect": "non-scaling-stroke" });
  layer.append(
    s("g", { class: "countries" }, ...near.map((f) => s("path", { d: path(f) ?? "", "vector-effect": "non-scaling-stroke" }, s("title", {}, f.properties.name)))),
  );
  // Every matching event, counted per grid cell on the server: circle area ∝ events, so a city's 160 events are
  // not one dot among hundreds. The sampled points are drawn above them, for details on click.
  const maxCell = Math.max(1, ...answer.cells.map((c) => c.events));
  const cellR = (events: number) => 2 + 16 * Math.sqrt(events / maxCell);
  const cellsLayer = s(
    "g",
    { class: "cells", fill: answer.actor ? colour(0, answer.legend) : "#6b7785" },
    ...answer.cells.map((c) => {
      const [x, y] = projection([c.lon, c.lat]) ?? [NaN, NaN];
      return s("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: cellR(c.events).toFixed(2), "data-events": String(c.events), "vector-effect": "non-scaling-stroke" }, s("title", {}, t.cellTitle(c.events, c.deaths, answer.cell_deg)));
    }),
  );
  layer.append(cellsLayer);
  const byKey = new Map<number, string[]>();
  answer.points.forEach((p, i) => {
    const [x, y] = xy[i]!;
    if (Number.isFinite(x) && Number.isFinite(y)) (byKey.get(p.k) ?? byKey.set(p.k, []).get(p.k)!).push(`M${x!.toFixed(1)},${y!.toFixed(1)}h0`);
  });
  // Larger groups first, so the rarer actors' dots stay on top and visible.
  for (const k of [...byKey.keys()].sort((a, b) => byKey.get(b)!.length - byKey.get(a)!.length)) {
    layer.append(s("path", { class: "dots", d: byKey.get(k)!.join(""), stroke: colour(k, answer.legend), "vector-effect": "non-scaling-stroke" }));
  }
  layer.append(marker);
  const svg = s(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, width, height, tabindex: 0, role: "img", "aria-label": `${t.map}. ${t.mapHelp}`, class: "map" },
    s("rect", { class: "sea", width, height }),
    layer,
  );
  const zoomButtons = h(
    "div",
    { class: "zoom" },
    ...([["+", t.zoomIn, 1.5], ["−", t.zoomOut, 1 / 1.5], ["⟲", t.reset, 0]] as const).map(([label, title, f]) => {
      const b = h("button", { type: "button", title, "aria-label": title }, label);
      b.addEventListener("click", () => (f === 0 ? pz.set({ x: 0, y: 0, k: 1 }) : pz.zoomAt(f, width / 2, height / 2)));
      return b;
    }),
  );
  fill(frame, svg, zoomButtons, h("p", { class: "help muted" }, t.mapHelp));

  let selected = -1;
  const scaleCells = () => {
    for (const c of cellsLayer.children) c.setAttribute("r", (cellR(Number(c.getAttribute("data-events"))) / pz.t.k).toFixed(2));
  };
  const placeMarker = () => {
    const p = xy[selected];
    marker.setAttribute("cx", String(p?.[0] ?? -99));
    marker.setAttribute("cy", String(p?.[1] ?? -99));
    marker.setAttribute("r", String(7 / pz.t.k));
  };
  let viewTimer: number | undefined;
  const pz = new PanZoom(svg, layer, (tr, settled) => {
    placeMarker();
    scaleCells();
    if (!settled) return;
    window.clearTimeout(viewTimer);
    viewTimer = window.setTimeout(() => d.update({ view: tr.k === 1 && tr.x === 0 && tr.y === 0 ? "" : `${Math.round(tr.x)},${Math.round(tr.y)},${tr.k.toFixed(2)}` }, false), 250);
  });
  const initial = parseView(st.view);
  if (initial) pz.set(initial, false);

  const nearest = (lx: number, ly: number, maxDist: number): number => {
    let best = -1;
    let bestD = maxDist * maxDist;
    xy.forEach(([x, y], i) => {
      const dd = (x! - lx) ** 2 + (y! - ly) ** 2;
      if (dd < bestD) [best, bestD] = [i, dd];
    });
    return best;
  };
  const select = (i: number, push = true) => {
    const p = answer.points[i];
    if (!p) return;
    selected = i;
    placeMarker();
    d.update({ event: `${p.id}@${p.date}` }, push);
    void showEvent(details, p.id, p.date, t, lang, () => {
      selected = -1;
      placeMarker();
      fill(details, h("p", { class: "muted" }, t.detailsHint));
      d.update({ event: "" });
      svg.focus();
    }).catch((e: Error) => fill(details, h("p", { class: "error" }, `${t.error}: ${e.message}`)));
  };
  svg.addEventListener("click", (e) => {
    if (pz.moved) return;
    const [lx, ly] = pz.invert(...pz.local(e));
    const i = nearest(lx, ly, 10 / pz.t.k);
    if (i >= 0) select(i);
  });
  svg.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      const [lx, ly] = pz.invert(width / 2, height / 2);
      select(nearest(lx, ly, Infinity));
    } else if (pz.key(e, width, height)) e.preventDefault();
  });

  status.textContent = t.mapCells(answer.total, answer.cells.length, answer.unlocated) + " " + t.mapShown(answer.shown, answer.total, answer.sampled) + (answer.warnings.length ? ` — ${answer.warnings.join("; ")}` : "");
  // The legend counts what is drawn; one actor's entry states the map's total, every event of the period; when
  // compare's total counts fewer (a country without data in the other period), the answer's note says why.
  const one = answer.actor !== null && answer.legend.length === 1;
  const geojson = () =>
    JSON.stringify({ type: "FeatureCollection", features: answer.cells.map((c) => ({ type: "Feature", geometry: { type: "Point", coordinates: [c.lon, c.lat] }, properties: { events: c.events, deaths: c.deaths, cell_deg: answer.cell_deg } })) });
  status.append(" ", downloadLink(`${t.export}: GeoJSON`, `map-cells-${st.period}.geojson`, "application/geo+json", geojson));
  fill(legend, ...answer.legend.map((l, i) => h("li", {}, h("span", { class: swatchClass(i, answer.legend), "aria-hidden": "true" }), one ? `${l.name} (${fmt(answer.total, lang)})` : `${l.name} (${t.drawn(l.count)})`)));
  if (one && answer.compare?.note) legend.append(h("li", { class: "legend-note muted", id: "map-compare-note" }, answer.compare.note));

  if (st.event) {
    const [id, date] = st.event.split("@");
    const i = answer.points.findIndex((p) => p.id === id && p.date === date);
    if (i >= 0) select(i, false);
  }
}
