/** One event's details and source, fetched from the API and written as text. */
import { getJson } from "../api.ts";
import { fill, h } from "../dom.ts";
import { fmt, type Lang, type Strings } from "../i18n.ts";

interface EventDetail {
  id: string;
  dataset: string;
  dataset_version: string;
  date_start: string;
  date_end: string;
  date_precision: string;
  country_name: string | null;
  admin1: string | null;
  admin2: string | null;
  place_name: string | null;
  place_precision: string;
  side_a: string | null;
  side_b: string | null;
  violence_type: string;
  deaths_best: number | null;
  deaths_low: number | null;
  deaths_high: number | null;
  source_count: number | null;
  source_text: string | null;
  raw: Record<string, unknown>;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);

/** A web address from the raw row, only when it is http(s). */
function sourceUrl(raw: Record<string, unknown>): string | null {
  for (const [k, v] of Object.entries(raw)) {
    const s = str(v);
    if (/url/i.test(k) && s && /^https?:\/\//i.test(s)) return s;
  }
  return null;
}

function row(label: string, ...value: Array<Node | string | null>): HTMLElement[] {
  return [h("dt", {}, label), h("dd", {}, ...value.map((v) => v ?? "–"))];
}

export async function showEvent(box: HTMLElement, id: string, date: string, t: Strings, lang: Lang, onClose: () => void): Promise<void> {
  fill(box, h("p", {}, t.loading));
  const { event: e } = await getJson<{ event: EventDetail }>(`/api/events/${encodeURIComponent(id)}`, { date });
  const place = [e.place_name, e.admin2, e.admin1, e.country_name].filter((x, i, a) => x && a.indexOf(x) === i).join(", ");
  const deaths = e.deaths_best === null ? "–" : `${fmt(e.deaths_best, lang)} (${fmt(e.deaths_low ?? e.deaths_best, lang)}–${fmt(e.deaths_high ?? e.deaths_best, lang)})`;
  const office = str(e.raw.source_office);
  const headline = str(e.raw.source_headline);
  const sourceDate = str(e.raw.source_date);
  const url = sourceUrl(e.raw);
  const close = h("button", { type: "button", class: "secondary close" }, t.close);
  close.addEventListener("click", onClose);
  fill(
    box,
    h("div", { class: "details-head" }, h("h3", {}, `${t.details} ${e.id}`), close),
    h(
      "dl",
      {},
      ...row(t.date, e.date_start === e.date_end ? e.date_start : `${e.date_start} – ${e.date_end}`),
      ...row(t.precisionDate, e.date_precision),
      ...row(t.place, place || null),
      ...row(t.precisionPlace, e.place_precision),
      ...row(t.sides, [e.side_a, e.side_b].filter(Boolean).join(" — ") || null),
      ...row(t.violenceType, e.violence_type.replace(/_/g, "-")),
      ...row(t.deaths, deaths),
      ...row(t.source, [office, sourceDate, e.source_count !== null ? `${e.source_count} source(s)` : null].filter(Boolean).join(", ") || null),
      ...(headline ? row("", headline) : []),
      ...row(t.sourceText, e.source_text),
      ...(url ? row("URL", h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, url)) : []),
      ...row(t.dataset, `${e.dataset} ${e.dataset_version}`),
    ),
  );
}
