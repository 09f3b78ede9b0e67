/**
 * The form that sets the shared state: actor, countries, the two periods, the series span and the counting
 * rule. Submitting writes the state into the URL; every panel redraws from it.
 */
import { ViolenceType } from "../../../src/event.ts";
import { messages } from "../../../src/messages/index.ts";
import type { ActorsAnswer } from "../answers.ts";
import { h, fill } from "../dom.ts";
import type { Strings } from "../i18n.ts";
import { DEFAULTS, type State } from "../state.ts";

export type ActorOption = ActorsAnswer["actors"][number];

function field(id: string, label: string, input: HTMLElement, hint?: string): HTMLElement {
  return h("div", { class: "field" }, h("label", { for: id }, label), input, hint ? h("small", { id: `${id}-hint` }, hint) : null);
}

function text(id: string, value: string, attrs: Record<string, string> = {}): HTMLInputElement {
  return h("input", { id, name: id, type: "text", value, autocomplete: "off", spellcheck: "false", ...attrs });
}

function select(id: string, value: string, options: Array<[string, string]>): HTMLSelectElement {
  const el = h("select", { id, name: id }, ...options.map(([v, label]) => h("option", { value: v }, label)));
  el.value = value;
  return el;
}

export function renderControls(form: HTMLFormElement, st: State, t: Strings, actors: ActorOption[], onChange: (next: State) => void): void {
  // The choices in the reader's words, from the catalogue the answers' sentences come from.
  const m = messages(st.lang);
  const datalist = h("datalist", { id: "actor-list" }, ...actors.map((a) => h("option", { value: a.aliases[0] ?? a.name }, `${a.name} (${a.events})`)));
  const actor = text("actor", st.actor, { list: "actor-list", required: "true" });
  const country = text("country", st.country, { placeholder: "SYR,IRQ" });
  const period = text("period", st.period, { placeholder: "2024-H1", required: "true" });
  const vs = text("vs", st.vs, { placeholder: "2023", required: "true" });
  const range = text("range", st.range, { placeholder: t.rangeAll });
  const dataset = text("dataset", st.dataset);
  const role = select("role", st.role, ["any_side", "perpetrator", "side_a", "side_b"].map((v) => [v, m.form.roles[v] ?? v]));
  // Violence types as ticks, each in the reader's words; none ticked counts every type.
  const chosen = new Set(st.violence.split(",").map((v) => v.trim()).filter(Boolean));
  const ticks = ViolenceType.options.map((v) => {
    const box = h("input", { id: `violence-${v}`, name: "violence", type: "checkbox", value: v });
    box.checked = chosen.has(v);
    return { v, box, el: h("span", { class: "check" }, box, h("label", { for: `violence-${v}` }, m.rule.violence[v] ?? v)) };
  });
  const violence = h("fieldset", { class: "field violence", id: "violence" }, h("legend", {}, t.violence), h("div", { class: "ticks" }, ...ticks.map((x) => x.el)));
  const mdp = select("mdp", st.mdp, ["day", "days", "week", "month", "year"].map((v) => [v, m.rule.precisions[v] ?? v]));
  const aff = h("input", { id: "aff", name: "aff", type: "checkbox" });
  aff.checked = st.aff;
  const rule = h(
    "details",
    { class: "rule-options" },
    h("summary", {}, t.rule),
    h("div", { class: "row" }, field("dataset", t.dataset, dataset), field("role", t.role, role), violence, field("mdp", t.precision, mdp)),
    h("div", { class: "check" }, aff, h("label", { for: "aff" }, t.affiliates)),
  );
  const share = h("button", { type: "button", class: "secondary", id: "share" }, t.share);
  const status = h("span", { class: "status", role: "status", "aria-live": "polite" });
  share.addEventListener("click", () => {
    void navigator.clipboard?.writeText(location.href).then(() => (status.textContent = t.copied), () => (status.textContent = location.href));
  });
  fill(
    form,
    datalist,
    h(
      "div",
      { class: "row" },
      field("actor", t.actor, actor),
      field("country", t.countries, country),
      field("period", t.period, period),
      field("vs", t.vs, vs),
      field("range", t.range, range),
      h("div", { class: "actions" }, h("button", { type: "submit" }, t.apply), share, status),
    ),
    rule,
  );
  form.onsubmit = (e) => {
    e.preventDefault();
    onChange({
      ...st,
      actor: actor.value.trim() || DEFAULTS.actor,
      country: country.value.trim(),
      period: period.value.trim() || DEFAULTS.period,
      vs: vs.value.trim() || DEFAULTS.vs,
      range: range.value.trim(),
      dataset: dataset.value.trim() || DEFAULTS.dataset,
      role: role.value,
      violence: ticks.filter((x) => x.box.checked).map((x) => x.v).join(","),
      mdp: mdp.value,
      aff: aff.checked,
      view: "",
      event: "",
    });
  };
}
