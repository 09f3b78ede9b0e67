/**
 * The dashboard's entry: reads the state from the URL, asks the server what it can do (/api/health), and
 * draws the panels whose capability is present. Every panel fails on its own, with its message, without
 * taking the others down.
 */
import "./styles.css";
import { getJson } from "./api.ts";
import type { ActorsAnswer } from "./answers.ts";
import { fill, h } from "./dom.ts";
import { strings, type Strings } from "./i18n.ts";
import { optionalPanels } from "./panels/optional.ts";
import { renderCompare } from "./panels/compare.ts";
import { renderCoverage } from "./panels/coverage.ts";
import { renderControls, type ActorOption } from "./panels/controls.ts";
import { renderMap } from "./panels/map.ts";
import { renderSeries } from "./panels/series.ts";
import { readState, writeState, type State } from "./state.ts";

interface Health {
  capabilities: string[];
  events: number;
  version: string;
  data_through?: Record<string, string>;
}

let state: State = readState(location.search);
let health: Health = { capabilities: [], events: 0, version: "" };
let actors: ActorOption[] = [];

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function section(id: string, cls = ""): HTMLElement {
  return h("section", { id, class: `panel ${cls}`.trim(), "aria-labelledby": `${id}-h` });
}

async function guarded(el: HTMLElement, t: Strings, title: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    fill(el, h("h2", {}, title), h("p", { class: "error", role: "alert" }, `${t.error}: ${(e as Error).message}`));
  }
  // Headings are written by the panels; tie the first one to the section for screen readers.
  el.querySelector("h2")?.setAttribute("id", `${el.id}-h`);
}

/** Changes the state; only a change of what is counted redraws the panels (the map view and selection do not). */
function update(patch: Partial<State>, push = true): void {
  const next = { ...state, ...patch };
  const redraw = (Object.keys(patch) as Array<keyof State>).some((k) => k !== "view" && k !== "event" && patch[k] !== state[k]);
  state = next;
  const url = writeState(state);
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  if (redraw) renderAll();
}

function renderHeader(t: Strings): void {
  document.documentElement.lang = state.lang;
  document.title = `resurgence — ${state.actor}`;
  $("tagline").textContent = t.tagline;
  fill(
    $("langs"),
    ...(["en", "nl"] as const).map((l) => {
      const b = h("button", { type: "button", class: l === state.lang ? "lang active" : "lang", "aria-pressed": String(l === state.lang), lang: l }, l.toUpperCase());
      b.addEventListener("click", () => update({ lang: l }));
      return b;
    }),
  );
  const skip = document.querySelector(".skip");
  if (skip) skip.textContent = t.skip;
  const through = Object.entries(health.data_through ?? {}).map(([d, day]) => `${d} ${day}`).join(", ");
  fill($("footer"), h("p", {}, t.footer, " ", h("a", { href: "/openapi.json" }, t.api), ` · ${t.eventsInStore(health.events)}${through ? ` · ${t.dataThrough}: ${through}` : ""} · v${health.version}`), h("section", { id: "coverage", class: "coverage-part", "aria-labelledby": "coverage-h" }));
}

function renderAll(): void {
  const t = strings(state.lang);
  renderHeader(t);
  renderControls($("controls") as HTMLFormElement, state, t, actors, (next) => update(next));
  const map = section("panel-map", "map-panel");
  const compare = section("panel-compare", "compare-panel");
  const series = section("panel-series", "wide");
  const extra = optionalPanels(health.capabilities).map((p) => ({ p, el: section(`panel-${p.id}`, p.wide ? "wide" : "") }));
  fill($("main"), h("div", { class: "grid" }, map, compare, series, ...extra.map((x) => x.el)));
  const caps = health.capabilities;
  for (const { p, el } of extra) fill(el, h("h2", {}, p.title(t)), h("p", { class: "muted" }, t.loading));
  // The panels ask in turns: the comparison, map and series first, then the others, the coverage last. A server
  // works on a few answers at once and sheds the rest (503, retried); asking for everything at once on a cold
  // server would have it shed the later panels' questions.
  const coverage = $("coverage");
  void Promise.allSettled([
    guarded(map, t, t.map, () => renderMap(map, { state, t, lang: state.lang, update })),
    guarded(compare, t, t.compare, () => renderCompare(compare, state, t, caps)),
    guarded(series, t, t.series, () => renderSeries(series, state, t)),
  ])
    .then(() => Promise.allSettled(extra.map(({ p, el }) => guarded(el, t, p.title(t), () => p.render(el, state, t, caps)))))
    .then(() => (caps.includes("meta") ? guarded(coverage, t, t.coverage, () => renderCoverage(coverage, state, t)) : undefined));
}

async function start(): Promise<void> {
  [health, { actors }] = await Promise.all([getJson<Health>("/api/health"), getJson<ActorsAnswer>("/api/actors", { limit: "300" })]);
  renderAll();
  window.addEventListener("popstate", () => {
    state = readState(location.search);
    renderAll();
  });
  let lastWidth = window.innerWidth;
  let timer: number | undefined;
  window.addEventListener("resize", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (Math.abs(window.innerWidth - lastWidth) < 40) return;
      lastWidth = window.innerWidth;
      renderAll();
    }, 300);
  });
}

start().catch((e: Error) => fill($("main"), h("p", { class: "error", role: "alert" }, `Could not start: ${e.message}`)));
