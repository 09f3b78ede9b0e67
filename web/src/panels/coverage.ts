/**
 * The data's coverage, under the page: per dataset and country the spans of days the store covers (declared by
 * the file or inferred from its events) and the last day with data. It is the `status` question's answer as it
 * stands; the countries of the view are shown when they are ISO3 codes the store knows, otherwise every one.
 */
import { getJson } from "../api.ts";
import type { StatusAnswer } from "../answers.ts";
import { fill, h } from "../dom.ts";
import { fitTable } from "../fit.ts";
import type { Strings } from "../i18n.ts";
import type { State } from "../state.ts";

export async function renderCoverage(el: HTMLElement, st: State, t: Strings): Promise<void> {
  const a = await getJson<StatusAnswer>("/api/status");
  const asked = st.country.split(",").map((c) => c.trim().toUpperCase()).filter(Boolean);
  const inView = a.coverage.filter((c) => asked.includes(c.country_iso3 ?? ""));
  const rows = (inView.length ? inView : a.coverage).toSorted((x, y) => x.dataset.localeCompare(y.dataset) || (x.country_iso3 ?? "").localeCompare(y.country_iso3 ?? ""));
  fill(
    el,
    h("h2", { id: "coverage-h" }, t.coverage),
    h("p", {}, t.coverageHelp),
    fitTable(
      h(
        "table",
        { class: "coverage" },
        h("thead", {}, h("tr", {}, ...t.coverageCols.map((c) => h("th", { scope: "col" }, c)))),
        h(
          "tbody",
          {},
          ...rows.map((c) =>
            h(
              "tr",
              {},
              h("td", {}, `${c.dataset}${c.dataset_version ? ` ${c.dataset_version}` : ""}`),
              h("td", {}, c.country_iso3 ?? "–"),
              h("td", { class: "wrap-s" }, ...(c.spans ?? [{ first: c.first_date, last: c.last_date, declared: false }]).flatMap((s, i) => [i ? h("br") : null, `${s.first} – ${s.last} (${s.declared ? t.declared : t.inferred})`])),
              // Through the last covered day: a declared span may run past the last event (days without events are data).
              h("td", { "data-k": "through" }, [c.last_date, ...(c.spans ?? []).map((x) => x.last)].sort().at(-1)!),
            ),
          ),
        ),
      ),
    ),
  );
}
