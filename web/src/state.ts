/**
 * The view's state lives in the URL's query string, so a view can be shared by its link. Only values that
 * differ from the defaults are written; anything unreadable falls back to its default.
 */
import type { Lang } from "./i18n.ts";

export interface State {
  actor: string;
  country: string;
  period: string;
  vs: string;
  /** The span of the monthly series (detection needs context); empty: the data's coverage. */
  range: string;
  lang: Lang;
  dataset: string;
  role: string;
  violence: string;
  mdp: string;
  aff: boolean;
  /** The map shows every actor (coloured by actor) or only the chosen one. */
  map: "all" | "actor";
  /** Map view: "x,y,k" (pan in pixels, zoom factor). */
  view: string;
  /** Selected event: "<id>@<date>". */
  event: string;
}

export const DEFAULTS: State = {
  actor: "IS",
  country: "SYR,IRQ",
  period: "2017",
  vs: "2018",
  range: "",
  lang: "en",
  dataset: "ucdp-ged",
  role: "any_side",
  violence: "",
  mdp: "year",
  aff: false,
  map: "actor",
  view: "",
  event: "",
};

const KEYS = Object.keys(DEFAULTS) as Array<keyof State>;

export function readState(search: string): State {
  const q = new URLSearchParams(search);
  const st: State = { ...DEFAULTS };
  for (const k of KEYS) {
    const v = q.get(k);
    if (v === null) continue;
    if (k === "aff") st.aff = v === "1";
    else if (k === "lang") st.lang = v === "nl" ? "nl" : "en";
    else if (k === "map") st.map = v === "actor" ? "actor" : "all";
    else st[k] = v.slice(0, 500);
  }
  return st;
}

export function writeState(st: State): string {
  const q = new URLSearchParams();
  for (const k of KEYS) {
    if (st[k] === DEFAULTS[k]) continue;
    q.set(k, k === "aff" ? (st.aff ? "1" : "0") : String(st[k]));
  }
  const s = q.toString();
  return s ? `?${s}` : location.pathname;
}

/** The counting-rule query parameters the API takes, from the state. */
export function ruleParams(st: State): Record<string, string> {
  const p: Record<string, string> = {};
  if (st.dataset !== DEFAULTS.dataset) p.dataset = st.dataset;
  if (st.role !== DEFAULTS.role) p.role = st.role;
  if (st.violence.trim()) p.violence = st.violence.trim();
  if (st.mdp !== DEFAULTS.mdp) p.max_date_precision = st.mdp;
  if (st.aff) p.include_affiliates = "true";
  return p;
}
