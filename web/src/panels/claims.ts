/**
 * The claim checker: paste a text; its quantitative claims are highlighted in it (built from text nodes and
 * <mark> elements, never from HTML, so a pasted <script> stays text) and listed with the server's verdict,
 * its reason and the evidence (ledger, datasets, arithmetic), plus the honest arithmetic when two counts of
 * the same thing are compared.
 */
import type { Claim } from "../../../src/claims/claim.ts";
import { messages, qualifierWords, regionName, unitWords } from "../../../src/messages/index.ts";
import { getJson, postJson } from "../api.ts";
import type { CheckAnswer, CompareCountsAnswer } from "../answers.ts";
import { fill, h } from "../dom.ts";
import { fmt } from "../i18n.ts";
import type { State } from "../state.ts";
import type { OptionalPanel } from "./optional.ts";

/** The shortest period spec for a day range: 2024, 2024-H1, 2024-Q3, 2024-03, or FROM..TO. */
export function periodSpec(start: string, end: string): string {
  const [ys, ms, ds] = start.split("-");
  const [ye, me] = end.split("-");
  const lastDay = (y: string, m: string) => new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  const monthEnd = end.endsWith(`-${String(lastDay(ye!, me!)).padStart(2, "0")}`);
  if (ys === ye && ds === "01" && monthEnd) {
    const a = Number(ms);
    const b = Number(me);
    if (a === 1 && b === 12) return ys!;
    if (b - a === 5 && (a === 1 || a === 7)) return `${ys}-H${a === 1 ? 1 : 2}`;
    if (b - a === 2 && (a - 1) % 3 === 0) return `${ys}-Q${(a + 2) / 3}`;
    if (a === b) return `${ys}-${ms}`;
  }
  return `${start}..${end}`;
}

const safeUrl = (u: string | null | undefined): string | null => (u && /^https?:\/\//i.test(u) ? u : null);

function highlighted(text: string, claims: Claim[], checks: CheckAnswer["claims"] = []): HTMLElement {
  const box = h("div", { class: "claim-text", id: "claim-text" });
  const order = claims.map((c, i) => ({ c, i })).sort((a, b) => a.c.span[0] - b.c.span[0]);
  let at = 0;
  for (const { c, i } of order) {
    const [from, to] = c.span;
    if (from < at || to <= from) continue;
    box.append(document.createTextNode(text.slice(at, from)), h("mark", { id: `claim-mark-${i}`, class: checks[i]?.verdict ?? "", title: `#${i + 1}` }, text.slice(from, to), h("sup", {}, String(i + 1))));
    at = to;
  }
  box.append(document.createTextNode(text.slice(at)));
  return box;
}

/** A claim in the reader's words: its figure (or the article's words of comparison), what it counts, who, where, when, whose. */
function describe(k: CheckAnswer["claims"][number], lang: State["lang"]): string {
  const m = messages(lang);
  const c = k.claim;
  const qualifier = qualifierWords(m, c.qualifier);
  const parts = [
    c.quantity !== null ? `${qualifier ? `${qualifier} ` : ""}${fmt(c.quantity, lang)}` : c.comparison ? `${c.comparison.text}${c.comparison.projected ? ` (${m.check.projected})` : ""}` : "",
    unitWords(m, c.unit),
    k.actorName ?? c.actor_mention ?? "",
    c.countries.join(", ") || (c.region ? regionName(m, c.region) : ""),
    c.period_start && c.period_end ? periodSpec(c.period_start, c.period_end) : (c.period_expression ?? ""),
    c.attributed_source ? `(${c.attributed_source})` : "",
  ];
  return parts.filter(Boolean).join(" · ");
}

/** Two counts of the same thing for the same actor and places, in different periods: the honest arithmetic. */
async function arithmetic(claims: Claim[], lang: State["lang"]): Promise<HTMLElement | null> {
  const counts = claims.filter((c) => c.claim_type === "count" && c.quantity !== null && c.period_start && c.period_end);
  for (let i = 0; i < counts.length; i++) {
    for (let j = i + 1; j < counts.length; j++) {
      const [x, y] = [counts[i]!, counts[j]!];
      if (x.actor_id !== y.actor_id || x.countries.join() !== y.countries.join() || x.period_start === y.period_start) continue;
      const [a, b] = x.period_start! > y.period_start! ? [x, y] : [y, x];
      const r = await getJson<CompareCountsAnswer>("/api/compare/counts", {
        a: `${a.quantity}@${periodSpec(a.period_start!, a.period_end!)}`,
        b: `${b.quantity}@${periodSpec(b.period_start!, b.period_end!)}`,
        lang,
      });
      return h("p", { class: "sentence", id: "claims-arithmetic" }, r.comparison.sentence);
    }
  }
  return null;
}

export const claimsPanel: OptionalPanel = {
  id: "claims",
  capability: "claims",
  wide: true,
  title: (t) => t.claims,
  async render(el, st, t) {
    const text = h("textarea", { id: "claims-input", rows: 5, maxlength: 20000, spellcheck: "false" });
    const published = h("input", { id: "claims-published", type: "text", placeholder: "2024-07", autocomplete: "off" });
    const words = messages(st.lang).form.articleLangs;
    const lang = h("select", { id: "claims-lang" }, ...["auto", "en", "nl", "de", "fr"].map((l) => h("option", { value: l }, words[l] ?? l)));
    const out = h("div", { class: "claims-out", "aria-live": "polite" });
    const form = h(
      "form",
      { class: "claims-form" },
      h("label", { for: "claims-input" }, t.claimsText),
      text,
      h("div", { class: "row" }, h("div", { class: "field" }, h("label", { for: "claims-published" }, t.published), published), h("div", { class: "field" }, h("label", { for: "claims-lang" }, t.language), lang), h("div", { class: "actions" }, h("button", { type: "submit", id: "claims-check" }, t.check))),
    );
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      fill(out, h("p", { class: "muted" }, t.loading));
      void check(text.value, published.value.trim(), lang.value).catch((err: Error) => fill(out, h("p", { class: "error", role: "alert" }, `${t.error}: ${err.message}`)));
    });
    const check = async (body: string, pub: string, l: string) => {
      const a = await postJson<CheckAnswer>("/api/claims/check", { text: body, lang: l, reader_lang: st.lang, ...(pub ? { published: pub } : {}) });
      const claims = a.claims.map((k) => k.claim);
      const checks = a.claims;
      if (claims.length === 0) return fill(out, highlighted(body, []), h("p", {}, t.claimsNone));
      const items = checks.map((chk, i) =>
        h(
          "li",
          { id: `claim-${i}` },
          h("strong", {}, `#${i + 1} `),
          describe(chk, st.lang),
          h("div", {}, h("span", { class: `verdict ${chk.verdict}` }, `${t.verdict}: ${t.verdicts[chk.verdict]}`), ` — ${chk.summary}`),
          chk.evidence.length
            ? h(
                "ul",
                { class: "evidence" },
                ...chk.evidence.map((e) => {
                  const url = safeUrl(e.url);
                  return h("li", { class: e.comparable ? "" : "muted" }, e.text, url ? " " : null, url ? h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, t.source) : null);
                }),
              )
            : null,
        ),
      );
      fill(out, highlighted(body, claims, checks), await arithmetic(claims, st.lang).catch(() => null), h("ol", { class: "claim-list" }, ...items));
    };
    fill(el, h("h2", {}, t.claims), h("p", { class: "muted" }, t.claimsHelp), form, out);
  },
};
