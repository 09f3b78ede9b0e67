/** Alerts: the server's `alerts` answer (every actor × country series scanned with detect), most pressing first. */
import { getJson } from "../api.ts";
import type { AlertsAnswer } from "../answers.ts";
import { fill, h } from "../dom.ts";
import { dec, fmt } from "../i18n.ts";
import { ruleParams } from "../state.ts";
import type { OptionalPanel } from "./optional.ts";

export const alertsPanel: OptionalPanel = {
  id: "alerts",
  capability: "detect",
  wide: false,
  title: (t) => t.alerts,
  async render(el, st, t) {
    fill(el, h("h2", {}, t.alerts), h("p", { class: "muted" }, t.loading));
    const { dataset, role, max_date_precision, include_affiliates, violence } = ruleParams(st);
    const a = await getJson<AlertsAnswer>("/api/alerts", { country: st.country || undefined, dataset, role, max_date_precision, include_affiliates, violence, lang: st.lang });
    const intro = h("p", { class: "muted" }, t.scanned(a.scanned, a.min_events, a.recent));
    const items = a.alerts.map((x) =>
      h(
        "li",
        {},
        h("strong", {}, `${x.actor} (${x.country})`),
        ` ${fmt(x.events, st.lang)} ${t.events.toLowerCase()}, ${x.first_month}–${x.last_month}`,
        x.recent_alarms.length ? h("div", {}, h("span", { class: "key alarm", "aria-hidden": "true" }), ` ${t.alarms}: ${x.recent_alarms.join(", ")}`) : null,
        x.current_regime ? h("div", { class: "muted" }, t.regimeNow(x.current_regime.start, dec(x.current_regime.rate, 1, st.lang), dec(x.current_regime.ci[0], 1, st.lang), dec(x.current_regime.ci[1], 1, st.lang))) : null,
        x.regrouping ? h("div", {}, x.explanation) : null,
      ),
    );
    fill(el, h("h2", {}, t.alerts), intro, items.length ? h("ul", { class: "alerts" }, ...items) : h("p", {}, t.alertsNone));
  },
};
