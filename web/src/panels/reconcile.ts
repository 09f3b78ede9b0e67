/** The reconciliation table: each dataset's count under its own definition, reported figures beside them, and why they differ. */
import { getJson } from "../api.ts";
import type { ReconcileAnswer } from "../answers.ts";
import { fill, h } from "../dom.ts";
import { fmt } from "../i18n.ts";
import type { OptionalPanel } from "./optional.ts";

export const reconcilePanel: OptionalPanel = {
  id: "reconcile",
  capability: "reconcile",
  wide: true,
  title: (t) => t.reconcile,
  async render(el, st, t) {
    fill(el, h("h2", {}, t.reconcile), h("p", { class: "muted" }, t.loading));
    const a = await getJson<ReconcileAnswer>("/api/reconcile", { actor: st.actor, country: st.country || undefined, period: st.period, lang: st.lang });
    const head = t.reconcileCols;
    const rows = [
      ...a.datasets.map((d) => [d.dataset, fmt(d.events, st.lang), fmt(d.deaths, st.lang), `${fmt(d.coverage.coveredDays, st.lang)}/${fmt(d.coverage.days, st.lang)}`, d.definition]),
      ...a.reported.map((r) => [r.figure.issuer, fmt(r.figure.value, st.lang), "", `${r.figure.period_label} (${r.period})`, `${r.figure.measure.replace(/_/g, " ")}, ${r.figure.countries.join("+")} (${r.places})`]),
    ];
    fill(
      el,
      h("h2", {}, `${t.reconcile}: ${st.actor}, ${st.period}`),
      h("p", { class: "muted" }, t.reconcileHelp),
      h(
        "div",
        { class: "scroll" },
        h(
          "table",
          { class: "reconcile" },
          h("thead", {}, h("tr", {}, ...head.map((c) => h("th", { scope: "col" }, c)))),
          h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c, i) => h("td", { class: i === 1 || i === 2 ? "num" : i === 4 ? "wrap" : "" }, c))))),
        ),
      ),
      ...a.matches.map((m) => h("p", {}, m.skipped ? `${m.a} / ${m.b}: ${m.skipped}` : t.matched(m.a, m.b, fmt(m.matched, st.lang), fmt(m.merged, st.lang)))),
      h("ul", { class: "notes" }, ...a.explanation.map((x) => h("li", {}, x))),
    );
  },
};
