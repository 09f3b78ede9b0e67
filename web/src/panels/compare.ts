/**
 * The comparison of two periods, per country and in total, as the API (and so the CLI and the briefing)
 * computes it: counts, covered days, annualised rates, the rate ratio with its exact interval and test,
 * the plain sentence, the notes on coverage, and the counting rule it was counted under.
 */
import { apiUrl, getJson } from "../api.ts";
import { downloadLink, toCsv } from "../export.ts";
import type { CompareAnswer } from "../answers.ts";
import { fill, h } from "../dom.ts";
import { dec, fmt, type Lang, type Strings } from "../i18n.ts";
import { fitTable } from "../fit.ts";
import { interval, pValue, ratio } from "../format.ts";
import { ruleParams, type State } from "../state.ts";

type CompareRow = CompareAnswer["rows"][number];

/** Where: the provinces with the largest rise first (at most 10), each with both periods' events and the ratio. */
function whereBlock(places: NonNullable<CompareAnswer["places"]>, t: Strings, lang: Lang): HTMLElement | null {
  const shown = places.filter((p) => p.a.events + p.b.events > 0).slice(0, 10);
  if (shown.length === 0) return null;
  return h(
    "div",
    { class: "where", id: "compare-where" },
    h("h3", {}, t.where),
    fitTable(
      h(
        "table",
        {},
        h("thead", {}, h("tr", {}, ...t.whereCols.map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", {}, ...shown.map((p) => h("tr", {}, h("th", { scope: "row", class: "wrap-s" }, `${p.admin1 ?? t.notGiven}${p.country ? ` (${p.country})` : ""}`), h("td", { class: "num" }, fmt(p.a.events, lang)), h("td", { class: "num" }, fmt(p.b.events, lang)), h("td", { class: "num" }, p.comparison?.rateRatio === null && p.b.events === 0 && p.a.events > 0 ? "∞" : ratio(p.comparison?.rateRatio ?? null, lang))))),
      ),
    ),
  );
}

/** No events to compare, but officials stated figures for both periods: those, their arithmetic and the caveats. */
function ledgerBlock(l: NonNullable<CompareAnswer["ledger"]>, t: Strings, lang: Lang): HTMLElement {
  const row = (f: typeof l.a) => h("tr", {}, h("td", {}, f.period_label), h("td", { class: "num" }, fmt(f.value, lang)), h("td", { class: "wrap-s" }, f.issuer), h("td", {}, f.countries.join("+")), h("td", {}, f.statement_date));
  return h(
    "div",
    { class: "ledger", id: "compare-ledger" },
    h("h3", {}, t.ledger),
    fitTable(h("table", {}, h("thead", {}, h("tr", {}, ...t.ledgerCols.map((c) => h("th", { scope: "col" }, c)))), h("tbody", {}, row(l.a), row(l.b)))),
    h("p", { class: "sentence", id: "ledger-sentence" }, l.comparison.sentence),
    h("ul", { class: "notes" }, ...l.caveats.map((c) => h("li", {}, c))),
  );
}

export function compareParams(st: State): Record<string, string | undefined> {
  return { ...ruleParams(st), actor: st.actor, country: st.country || undefined, period: st.period, vs: st.vs, lang: st.lang };
}

/**
 * Two header rows (each period over its three columns), so the column heads stay short and the table fits a
 * half-width panel; every body cell carries its own label for the stacked layout of a narrow screen.
 */
function table(rows: CompareRow[], t: Strings, lang: Lang): HTMLElement {
  const [first] = rows;
  const la = first?.a.period.label ?? "A";
  const lb = first?.b.period.label ?? "B";
  const cols = [t.events, t.days, t.perYear];
  const head = [
    h(
      "tr",
      {},
      h("th", { scope: "col", rowspan: 2 }, t.country),
      ...[la, lb].map((l) => h("th", { scope: "colgroup", colspan: 3, class: "period" }, l)),
      h("th", { scope: "col", rowspan: 2 }, t.rateRatio),
      h("th", { scope: "col", rowspan: 2 }, t.ci),
      h("th", { scope: "col", rowspan: 2 }, t.p),
    ),
    h("tr", {}, ...[la, lb].flatMap(() => cols.map((c) => h("th", { scope: "col" }, c)))),
  ];
  const body = rows.map((r) => {
    const c = r.comparison;
    const label = (p: CompareRow["a"], i: number) => `${p.period.label}: ${cols[i]!.toLowerCase()}`;
    const side = (p: CompareRow["a"], rate: number | undefined) => [
      h("td", { class: "num", "data-k": "events", "data-label": label(p, 0) }, fmt(p.events, lang)),
      h("td", { class: "num", "data-label": label(p, 1) }, fmt(p.coverage.coveredDays, lang)),
      h("td", { class: "num", "data-label": label(p, 2) }, rate === undefined ? "–" : dec(rate, 1, lang)),
    ];
    return h(
      "tr",
      { class: r.country === "ALL" ? "total" : "" },
      h("th", { scope: "row" }, r.country === "ALL" ? t.all : r.country),
      ...side(r.a, c?.a.annualRate),
      ...side(r.b, c?.b.annualRate),
      // JSON writes an infinite ratio (b = 0) as null; the count says which it was.
      h("td", { class: "num", "data-k": "ratio", "data-label": t.rateRatio }, c && c.rateRatio === null && r.b.events === 0 && r.a.events > 0 ? "∞" : ratio(c?.rateRatio ?? null, lang)),
      h("td", { class: "num", "data-k": "ci", "data-label": t.ci }, interval(c?.ci ?? null, lang)),
      h("td", { class: "num", "data-k": "p", "data-label": t.p }, pValue(c?.pValue ?? null, lang)),
    );
  });
  return fitTable(h("table", { class: "compare" }, h("thead", {}, ...head), h("tbody", {}, ...body)));
}

export async function renderCompare(section: HTMLElement, st: State, t: Strings, capabilities: string[]): Promise<void> {
  fill(section, h("h2", {}, t.compare), h("p", { class: "muted" }, t.loading));
  const a = await getJson<CompareAnswer>("/api/compare", { ...compareParams(st), by: "admin1" });
  const total = a.rows.at(-1);
  const briefing = capabilities.includes("brief")
    ? h(
        "p",
        { class: "downloads" },
        `${t.brief}: `,
        ...(["md", "html", ...(capabilities.includes("pdf") ? (["pdf"] as const) : [])] as const).flatMap((f, i) => [i ? " · " : "", h("a", { href: apiUrl("/api/brief", { ...compareParams(st), format: f }), download: "" }, f.toUpperCase())]),
      )
    : null;
  fill(
    section,
    h("h2", {}, `${t.compare}: ${a.actor?.name ?? st.actor}`),
    ...a.warnings.map((w) => h("p", { class: "warning" }, w)),
    table(a.rows, t, st.lang),
    h("p", { class: "sentence", id: "compare-sentence" }, total?.comparison ? total.comparison.sentence : t.noComparison),
    a.ledger ? ledgerBlock(a.ledger, t, st.lang) : null,
    a.places ? whereBlock(a.places, t, st.lang) : null,
    a.notes.length ? h("ul", { class: "notes" }, ...a.notes.map((n) => h("li", {}, n))) : null,
    h("p", { class: "rule" }, a.rule_text),
    h(
      "p",
      { class: "downloads" },
      `${t.export}: `,
      downloadLink("CSV", `compare-${st.actor}-${st.period}-vs-${st.vs}.csv`, "text/csv", () =>
        toCsv(
          ["country", "period", "events", "deaths", "covered_days", "per_year", "reference", "ref_events", "ref_deaths", "ref_covered_days", "ref_per_year", "rate_ratio", "ci_low", "ci_high", "p"],
          a.rows.map((r) => [r.country, r.a.period.label, r.a.events, a.deaths_recorded ? r.a.deaths : "", r.a.coverage.coveredDays, r.comparison?.a.annualRate, r.b.period.label, r.b.events, a.deaths_recorded ? r.b.deaths : "", r.b.coverage.coveredDays, r.comparison?.b.annualRate, r.comparison?.rateRatio, r.comparison?.ci?.lower, r.comparison?.ci?.upper, r.comparison?.pValue]),
        ),
      ),
      ...(a.places
        ? [" · ", downloadLink(t.whereCsv, `where-${st.actor}-${st.period}-vs-${st.vs}.csv`, "text/csv", () => toCsv(["country", "admin1", "events", "reference_events", "change_per_year", "rate_ratio"], a.places!.map((p) => [p.country, p.admin1, p.a.events, p.b.events, p.change, p.comparison?.rateRatio])))]
        : []),
    ),
    briefing,
    a.citation ? h("p", { class: "citation" }, a.citation) : null,
  );
}
