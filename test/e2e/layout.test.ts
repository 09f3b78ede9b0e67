/**
 * The dashboard's layout end to end (issue #14), in Debian's Chromium over the demo store: no table is clipped
 * or scrolls sideways at phone, laptop and desktop widths in English and Dutch; every reported figure is in
 * view; the panels answer under one counting rule; the data's coverage is shown; printing gives the answers
 * without the controls. Without /usr/bin/chromium it skips with a message, and under CI it fails.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { skipUnlessCi } from "../helpers/required.ts";
import { ARTIFACTS, HAVE_CHROMIUM, startHarness, type Harness } from "./helpers/browser.ts";

const NO_CHROMIUM = HAVE_CHROMIUM ? undefined : skipUnlessCi("there is no Chromium at /usr/bin/chromium", "apt-get install chromium");
if (NO_CHROMIUM) console.warn(`e2e: skipped: ${NO_CHROMIUM}`);

const SEED_VIEW = "actor=IS&country=SYR,IRQ&period=2024-H1&vs=2023";
const SEED = "IS pleegde in de eerste zes maanden van dit jaar al 153 aanslagen in Syrië en Irak. Vorig jaar waren dat er 121 in totaal.";

/** Every table, and each box around it up to its panel, that is wider inside than it shows (the part cut off or scrolled away). */
function clipped(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    for (const table of Array.from(document.querySelectorAll("table"))) {
      const where = table.closest("[id]")?.id ?? "?";
      for (let el: Element | null = table; el && el !== document.body; el = el.parentElement) {
        if (el.scrollWidth > el.clientWidth) out.push(`${where}: ${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth} > ${el.clientWidth}`);
        if (el.matches(".panel, footer")) break;
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    return out;
  });
}

/** Waits for a layout pass, so the tables have been measured at this width. */
const settled = (p: Page) => p.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

describe.skipIf(NO_CHROMIUM)("the dashboard's layout in Chromium", () => {
  let hx: Harness;
  const api = async <T>(path: string): Promise<T> => (await fetch(hx.server.url + path)).json() as Promise<T>;

  beforeAll(async () => {
    hx = await startHarness();
  }, 120_000);
  afterAll(async () => hx?.close());

  it.for<[number, "en" | "nl"]>([
    [390, "en"],
    [1024, "en"],
    [1440, "en"],
    [390, "nl"],
    [1024, "nl"],
    [1440, "nl"],
  ])("clips no table at %i px in %s: compare, ledger, provinces, reported figures, sources, alerts, claims, coverage", async ([width, lang]) => {
    const p = await hx.page({ width, height: 900 });
    for (const view of [SEED_VIEW, "actor=IS&country=SYR,IRQ&period=2017&vs=2018"]) {
      await p.goto(`${hx.server.url}/?${view}&lang=${lang}`);
      for (const sel of ["#panel-compare table.compare", "#panel-reported table", "#panel-reconcile table", "#coverage table", "#panel-series .forecast table", "#panel-alerts ul"]) await p.locator(sel).waitFor();
      if (view !== SEED_VIEW) await p.locator("#compare-where table").waitFor();
      else await p.locator("#compare-ledger table").waitFor();
      await settled(p);
      expect(await clipped(p)).toEqual([]);
    }
    // The claim checker's results too.
    await p.fill("#claims-input", SEED);
    await p.click("#claims-check");
    await p.locator("#panel-claims .claim-list").waitFor();
    await settled(p);
    expect(await clipped(p)).toEqual([]);
    await p.screenshot({ path: join(ARTIFACTS, `layout-${width}-${lang}.png`), fullPage: true });
    await p.close();
  });

  it("shows all eight reported figures of the seed's view, the 121 among them, with nothing below a fold", async () => {
    const { figures } = await api<{ figures: Array<{ value: number }> }>("/api/reported?actor=IS&country=SYR%2CIRQ");
    expect(figures).toHaveLength(8);
    for (const width of [390, 1440]) {
      const p = await hx.page({ width, height: 900 });
      await p.goto(`${hx.server.url}/?${SEED_VIEW}`);
      await p.locator("#panel-reported tbody tr").nth(7).waitFor();
      await settled(p);
      const values = await p.locator("#panel-reported tbody td.num").allTextContents();
      expect(values.map((v) => Number(v.replace(/,/g, "")))).toEqual(figures.map((f) => f.value));
      expect(values).toContain("121");
      // No box between a row and its panel is taller inside than it shows, and every row has a visible height.
      const hidden = await p.locator("#panel-reported tbody tr").evaluateAll((rows) =>
        rows.flatMap((row, i) => {
          const out: string[] = [];
          if (row.getBoundingClientRect().height < 10) out.push(`row ${i} has no height`);
          for (let el = row.parentElement; el && !el.matches(".panel"); el = el.parentElement) if (el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== "visible") out.push(`row ${i} hidden in ${el.className}`);
          return out;
        }),
      );
      expect(hidden).toEqual([]);
      await p.close();
    }
  });

  it("counts the sources side by side as compare counts: the same rule, countries and covered days", async () => {
    // Syria has no UCDP data before 2016: compare pools Iraq only, and so must the reconciliation, under the chosen rule.
    const p = await hx.page();
    await p.goto(`${hx.server.url}/?actor=IS&country=SYR,IRQ&period=2014..2015&vs=2013&violence=one_sided`);
    await p.locator("#panel-compare table.compare").waitFor();
    await p.locator("#panel-reconcile tbody tr").first().waitFor();
    const total = p.locator("#panel-compare tr.total");
    const events = (await total.locator('[data-k="events"]').first().textContent())!.trim();
    const days = (await total.locator("td").nth(1).textContent())!.trim();
    const line = await p.locator("#panel-reconcile tbody tr").first().locator("td").allTextContents();
    expect(line[0]).toBe("ucdp-ged");
    expect(line[1]).toBe(events);
    expect(line[3]).toBe(`${days}/730`);
    expect(Number(events.replace(/,/g, ""))).toBeGreaterThan(0);
    await expect(p.locator("#panel-reconcile").textContent()).resolves.toContain("one-sided");
    await p.close();
  });

  it("keeps the regrouping verdict whatever window the chart shows", async () => {
    const p = await hx.page();
    const verdict = async (range: string) => {
      await p.goto(`${hx.server.url}/?actor=IS&country=SYR,IRQ${range ? `&range=${range}` : ""}`);
      await p.locator("#panel-series svg.chart").waitFor();
      return p.locator("#series-regrouping").textContent();
    };
    const whole = await verdict("");
    expect(whole).toBeTruthy();
    await expect(verdict("2017-01..2018-06")).resolves.toBe(whole);
    await expect(p.locator("#panel-series h2").textContent()).resolves.toContain("2017-01");
    await p.close();
  });

  it("shows per dataset and country the covered spans, declared or inferred, and the last day with data, in English and Dutch", async () => {
    const p = await hx.page();
    for (const [lang, declared, inferred] of [["en", "declared", "inferred"], ["nl", "opgegeven", "afgeleid"]] as const) {
      await p.goto(`${hx.server.url}/?${SEED_VIEW}&lang=${lang}`);
      await p.locator("#coverage tbody tr").nth(1).waitFor();
      const rows = await p.locator("#coverage tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent)));
      expect(rows).toEqual([
        ["ucdp-ged 19.1", "IRQ", `1989-01-01 – 2018-12-31 (${declared})`, "2018-12-31"],
        ["ucdp-ged 19.1", "SYR", `2016-01-01 – 2019-11-30 (${inferred})`, "2019-11-30"],
      ]);
    }
    await p.close();
  });

  it("prints the answers without the controls, every table whole on an A4 page", async () => {
    const p = await hx.page({ width: 1280, height: 900 });
    await p.goto(`${hx.server.url}/?${SEED_VIEW}`);
    await p.locator("#panel-reconcile table").waitFor();
    await p.locator("#coverage table").waitFor();
    // The panels arrive each on its own; the ledger's rows are counted below, so they must be there first.
    await p.locator("#panel-reported tbody tr").first().waitFor();
    await p.emulateMedia({ media: "print" });
    await p.setViewportSize({ width: 718, height: 1000 });
    await settled(p);
    await expect(p.locator("#controls").isVisible()).resolves.toBe(false);
    await expect(p.locator("#panel-compare .downloads").first().isVisible()).resolves.toBe(false);
    await expect(p.locator("#panel-reported tbody tr").count()).resolves.toBe(8);
    expect(await clipped(p)).toEqual([]);
    const pdf = await p.pdf({ format: "A4", path: join(ARTIFACTS, "dashboard-print.pdf") });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await p.close();
  });

  it("had no console errors anywhere", () => {
    expect(hx.errors).toEqual([]);
  });
});
