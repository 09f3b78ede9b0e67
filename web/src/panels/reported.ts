/**
 * The reported-figures ledger for the actor and places: what officials and analysts said, by whom, about what.
 * Every figure is shown: no box of its own height that would hide rows below its fold.
 */
import { getJson } from "../api.ts";
import type { ReportedAnswer } from "../answers.ts";
import { fill, h } from "../dom.ts";
import { fitTable } from "../fit.ts";
import { fmt } from "../i18n.ts";
import type { OptionalPanel } from "./optional.ts";

const safeUrl = (u: string | null): string | null => (u && /^https?:\/\//i.test(u) ? u : null);

export const reportedPanel: OptionalPanel = {
  id: "reported",
  capability: "reported",
  wide: false,
  title: (t) => t.reported,
  async render(el, st, t) {
    fill(el, h("h2", {}, t.reported), h("p", { class: "muted" }, t.loading));
    const a = await getJson<ReportedAnswer>("/api/reported", { actor: st.actor, country: st.country || undefined, lang: st.lang });
    const rows = a.figures.map((f) => {
      const url = safeUrl(f.source_url);
      return h(
        "tr",
        {},
        h("td", {}, f.statement_date),
        h("td", { class: "wrap-s" }, url ? h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, f.issuer) : f.issuer),
        h("td", {}, f.period_label),
        h("td", {}, f.countries.join("+")),
        h("td", { class: "wrap-s" }, f.measure_words),
        h("td", { class: "num" }, fmt(f.value, st.lang)),
      );
    });
    fill(
      el,
      h("h2", {}, t.reported),
      rows.length
        ? fitTable(h("table", { class: "reported" }, h("thead", {}, h("tr", {}, ...t.reportedCols.map((c) => h("th", { scope: "col" }, c)))), h("tbody", {}, ...rows)))
        : h("p", {}, t.noData),
    );
  },
};
