/**
 * The reconciliation table: each dataset's count beside the reported figures, and why they differ. It asks
 * under the view's counting rule, so the dataset the compare panel counts is counted the same way here, over
 * the same countries and covered days (the question decides how; the panel only shows it).
 */
import { getJson } from "../api.ts";
import type { ReconcileAnswer } from "../answers.ts";
import { fill, h } from "../dom.ts";
import { fitTable } from "../fit.ts";
import { fmt } from "../i18n.ts";
import { ruleParams } from "../state.ts";
import type { OptionalPanel } from "./optional.ts";

export const reconcilePanel: OptionalPanel = {
  id: "reconcile",
  capability: "reconcile",
  wide: true,
  title: (t) => t.reconcile,
  async render(el, st, t) {
    fill(el, h("h2", {}, t.reconcile), h("p", { class: "muted" }, t.loading));
    const a = await getJson<ReconcileAnswer>("/api/reconcile", { ...ruleParams(st), actor: st.actor, country: st.country || undefined, period: st.period, lang: st.lang });
    const head = t.reconcileCols;
    const rows = [
      ...a.datasets.map((d) => [d.dataset, fmt(d.events, st.lang), fmt(d.deaths, st.lang), `${fmt(d.coverage.coveredDays, st.lang)}/${fmt(d.coverage.days, st.lang)}`, d.definition]),
      ...a.reported.map((r) => [r.figure.issuer, fmt(r.figure.value, st.lang), "", `${r.figure.period_label} (${t.periodRelation[r.period]})`, `${r.measure_words}, ${r.figure.countries.join("+")} (${t.placeRelation[r.places]})`]),
    ];
    const notes = [...a.warnings, ...a.datasets.flatMap((d) => d.notes)];
    fill(
      el,
      h("h2", {}, `${t.reconcile}: ${a.actor.name}, ${a.period.label}`),
      h("p", { class: "muted" }, t.reconcileHelp),
      fitTable(
        h(
          "table",
          { class: "reconcile" },
          h("thead", {}, h("tr", {}, ...head.map((c) => h("th", { scope: "col" }, c)))),
          h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((c, i) => h("td", { class: i === 1 || i === 2 ? "num" : i === 4 ? "wrap" : "" }, c))))),
        ),
      ),
      notes.length ? h("ul", { class: "notes" }, ...notes.map((n) => h("li", {}, n))) : null,
      ...a.matches.map((m) => h("p", {}, m.skipped ? `${m.a} / ${m.b}: ${m.skipped}` : t.matched(m.a, m.b, fmt(m.matched, st.lang), fmt(m.merged, st.lang)))),
      h("ul", { class: "notes" }, ...a.explanation.map((x) => h("li", {}, x))),
      h("p", { class: "rule" }, a.rule_text),
    );
  },
};
