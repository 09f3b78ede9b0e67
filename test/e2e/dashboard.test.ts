/**
 * The dashboard end to end: the real server on a free port over the demo data, driven in Debian's
 * Chromium. The page loads without console errors, shows the API's numbers, checks the seed article,
 * keeps hostile text inert, works from the keyboard and at phone width; the briefing renders as a PDF.
 * Without /usr/bin/chromium (or pdftoppm, for the PDFs' pages) it skips with a message, and under CI it fails:
 * .ci/run installs both.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { formatRatio } from "../../src/analysis/compare/index.ts";
import { ROOT } from "../helpers/paths.ts";
import { onPath, skipUnlessCi } from "../helpers/required.ts";
import { ARTIFACTS, HAVE_CHROMIUM, startHarness, TOKEN, type Harness } from "./helpers/browser.ts";

const NO_CHROMIUM = HAVE_CHROMIUM ? undefined : skipUnlessCi("there is no Chromium at /usr/bin/chromium", "apt-get install chromium");
if (NO_CHROMIUM) console.warn(`e2e: skipped: ${NO_CHROMIUM}`);

const SEED = "IS pleegde in de eerste zes maanden van dit jaar al 153 aanslagen in Syrië en Irak. Vorig jaar waren dat er 121 in totaal.";
const PAYLOAD = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">';

describe.skipIf(NO_CHROMIUM)("the dashboard in Chromium", () => {
  let hx: Harness;
  let page: Page;
  const api = async <T>(path: string): Promise<T> => (await fetch(hx.server.url + path)).json() as Promise<T>;
  const shot = (name: string, p: Page = page) => p.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    hx = await startHarness();
    // The hostile event goes in the way any upload does: through the token-protected ingest route.
    const res = await fetch(`${hx.server.url}/api/ingest?filename=xss-ged191.csv`, { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` }, body: readFileSync(join(ROOT, "test/e2e/fixtures/xss-ged191.csv")) });
    expect(res.status).toBe(200);
    page = await hx.page();
    await page.goto(hx.server.url);
    await page.locator("#panel-compare table.compare").waitFor();
    await page.locator("#panel-map svg.map").waitFor();
    await page.locator("#panel-series svg.chart").waitFor();
  }, 120_000);
  afterAll(async () => hx?.close());

  it("loads with no console errors and every panel drawn", async () => {
    await page.locator("#panel-reconcile table").waitFor();
    await shot("dashboard-1280x800");
    expect(hx.errors).toEqual([]);
    for (const id of ["map", "compare", "series", "alerts", "claims", "reconcile", "reported"]) await expect(page.locator(`#panel-${id}`).count()).resolves.toBe(1);
  });

  it("draws the forecast fan after the series and lists the medians and intervals the API answers", async () => {
    const f = await api<{ forecast: Array<{ month: string; median: number; pi80: [number, number]; pi95: [number, number] }> }>("/api/forecast?actor=IS&country=SYR%2CIRQ");
    expect(f.forecast).toHaveLength(6);
    await page.locator("#panel-series .forecast table").waitFor();
    await expect(page.locator("#panel-series svg.chart g.fan").count()).resolves.toBe(6);
    const rows = page.locator("#panel-series .forecast tbody tr");
    for (const [i, p] of f.forecast.entries()) {
      await expect(rows.nth(i).locator("th").textContent()).resolves.toBe(p.month);
      await expect(rows.nth(i).locator("td").allTextContents()).resolves.toEqual([p.median, `${p.pi80[0]}–${p.pi80[1]}`, `${p.pi95[0]}–${p.pi95[1]}`].map((v) => (typeof v === "number" ? v.toLocaleString("en-GB") : v.replace(/\d+/g, (d) => Number(d).toLocaleString("en-GB")))));
    }
    await shot("dashboard-forecast");
  });

  it("shows in the compare panel the numbers the API answers", async () => {
    const a = await api<{ rows: Array<{ country: string; a: { events: number }; b: { events: number }; comparison: { rateRatio: number } }> }>("/api/compare?actor=IS&country=SYR%2CIRQ&period=2017&vs=2018&lang=en");
    const rows = page.locator("#panel-compare table.compare tbody tr");
    await expect(rows.count()).resolves.toBe(a.rows.length);
    for (const [i, r] of a.rows.entries()) {
      const events = await rows.nth(i).locator('[data-k="events"]').allTextContents();
      expect(events).toEqual([r.a.events, r.b.events].map((n) => n.toLocaleString("en-GB")));
      await expect(rows.nth(i).locator('[data-k="ratio"]').textContent()).resolves.toBe(`${formatRatio(r.comparison.rateRatio, "en")}×`);
    }
  });

  it("checks the seed article: both counts highlighted and the honest arithmetic", async () => {
    await page.fill("#claims-input", SEED);
    await page.fill("#claims-published", "2024-07");
    await page.click("#claims-check");
    await page.locator("#claim-text mark").nth(1).waitFor();
    const marks = await page.locator("#claim-text mark").allTextContents();
    expect(marks[0]).toContain("153");
    expect(marks[1]).toContain("121");
    const sentence = await api<{ comparison: { sentence: string } }>("/api/compare/counts?a=153@2024-H1&b=121@2023&lang=en");
    await expect(page.locator("#claims-arithmetic").textContent()).resolves.toBe(sentence.comparison.sentence);
    // Each claim carries the server's verdict and its evidence (the 121 is in the reported-figures ledger).
    await expect(page.locator("#panel-claims .claim-list > li .verdict").count()).resolves.toBe(marks.length);
    await expect(page.locator("#claim-1 .verdict").textContent()).resolves.toContain("consistent");
    await page.locator("#panel-claims").screenshot({ path: join(ARTIFACTS, "claims.png") });
  });

  it("keeps script in an event's source text and in a pasted article inert", async () => {
    const p = await hx.page();
    await p.goto(`${hx.server.url}/?country=SYR&period=2017-03&vs=2017-02&event=${encodeURIComponent("ucdp-ged:990000001@2017-03-01")}`);
    await p.locator(".details dl").waitFor();
    const details = (await p.locator(".details").textContent()) ?? "";
    expect(details).toContain('<img src=x onerror="window.__xss=1">');
    await p.fill("#claims-input", `${PAYLOAD} ${SEED}`);
    await p.click("#claims-check");
    await p.locator("#claim-text mark").first().waitFor();
    await expect(p.locator("#claim-text").textContent()).resolves.toContain("<script>window.__xss=1</script>");
    await expect(p.locator("#claim-text img, #claim-text script, .details img, .details script").count()).resolves.toBe(0);
    await expect(p.evaluate(() => (window as unknown as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await shot("xss-inert", p);
    await p.close();
  });

  it("works from the keyboard: the form submits with Enter, the map opens the event nearest its centre", async () => {
    const p = await hx.page();
    await p.goto(`${hx.server.url}/?country=IRQ&period=2014&vs=2013`);
    await p.locator("#panel-map svg.map").waitFor();
    await p.focus("#panel-map svg.map");
    await p.keyboard.press("+");
    await p.keyboard.press("Enter");
    await p.locator(".details dl").waitFor();
    expect(new URL(p.url()).searchParams.get("event")).toMatch(/^ucdp-ged:\d+@\d{4}-\d{2}-\d{2}$/);
    await p.fill("#period", "2015");
    await p.focus("#period");
    await p.keyboard.press("Enter");
    await p.waitForURL(/period=2015/);
    await p.locator("#panel-compare table.compare").waitFor();
    await expect(p.locator("#panel-compare table.compare thead").textContent()).resolves.toContain("2015");
    await p.close();
  });

  it("answers the seed's question from the officials' figures: 153 and 121, the ratio and the caveat", async () => {
    const p = await hx.page();
    await p.goto(`${hx.server.url}/?actor=IS&country=SYR,IRQ&period=2024-H1&vs=2023`);
    await p.locator("#compare-ledger table").waitFor();
    const cells = await p.locator("#compare-ledger tbody td.num").allTextContents();
    expect(cells).toEqual(["153", "121"]);
    await expect(p.locator("#ledger-sentence").textContent()).resolves.toMatch(/2\.54× \(95% CI 1\.98–3\.25\)/);
    await expect(p.locator("#compare-ledger .notes").textContent()).resolves.toMatch(/count different things/);
    await p.locator("#panel-compare").screenshot({ path: join(ARTIFACTS, "compare-ledger.png") });
    // The data hold no event in these periods: the map shows the two countries asked about, not an empty world.
    await p.locator("#panel-map svg.map").waitFor();
    const drawn = await p.locator("#panel-map .countries path title").allTextContents();
    expect(drawn).toEqual(expect.arrayContaining(["Syria", "Iraq"]));
    // Their region, with room to pan (45 countries here), not the whole world's 241.
    expect(drawn.length).toBeLessThan(120);
    await p.locator("#panel-map").screenshot({ path: join(ARTIFACTS, "map-no-events.png") });
    await p.close();
  });

  it("maps every event of the chosen actor: the map's total and its legend equal the compare total", async () => {
    const p = await hx.page();
    await p.goto(`${hx.server.url}/?actor=IS&country=SYR,IRQ&period=2017&vs=2018`);
    await p.locator("#panel-map svg.map .cells circle").first().waitFor();
    // The e2e store holds the demo files plus one hostile test event in Syria, 2017: 3,417 + 1.
    const total = (await p.locator("#panel-compare table.compare tr.total td").nth(0).textContent())!.trim();
    expect(total).toBe("3,418");
    await expect(p.locator("#panel-map [role=status]").textContent()).resolves.toMatch(new RegExp(`^${total} events in \\d+ places`));
    await expect(p.locator("#panel-map .legend").textContent()).resolves.toBe(`Islamic State (${total})`);
    const cells = await p.locator("#panel-map .cells circle").evaluateAll((cs) => cs.reduce((n, c) => n + Number(c.getAttribute("data-events")), 0));
    expect(cells.toLocaleString("en")).toBe(total);
    await p.close();
  });

  it("exports what it shows: the comparison as CSV, the chart as PNG, the map's cells as GeoJSON", async () => {
    const p = await hx.page();
    await p.goto(`${hx.server.url}/?actor=IS&country=SYR,IRQ&period=2017&vs=2018`);
    await p.locator("#panel-series svg.chart").waitFor();
    await p.locator("#panel-map .cells circle").first().waitFor();
    const download = async (selector: string) => {
      const [d] = await Promise.all([p.waitForEvent("download"), p.locator(selector).click()]);
      return readFileSync((await d.path())!);
    };
    const csv = (await download("#panel-compare .downloads a.export >> nth=0")).toString("utf8");
    expect(csv.split("\r\n")[0]).toMatch(/^country,period,events,deaths,covered_days/);
    expect(csv).toMatch(/\r\nALL,2017,3418,/);
    const png = await download("#panel-series .downloads a.export >> nth=0");
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    const geo = JSON.parse((await download("#panel-map a.export")).toString("utf8")) as { features: Array<{ properties: { events: number } }> };
    expect(geo.features.reduce((n, f) => n + f.properties.events, 0)).toBe(3418);
    await p.close();
  });

  it("shows every reported figure, the official's 121 among them, without a hidden scroll box", async () => {
    await page.locator("#panel-reported table").waitFor();
    const values = await page.locator("#panel-reported tbody td.num").allTextContents();
    expect(values).toContain("121");
    expect(values).toContain("153");
    const hidden = await page.locator("#panel-reported .fit").evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(hidden).toBeLessThanOrEqual(0);
  });

  it("speaks Dutch throughout: a Dutch page holds no sentence of the English catalogue", async () => {
    const { messages } = await import("../../src/messages/index.ts");
    const { strings } = await import("../../web/src/i18n.ts");
    const sentences = (node: unknown): string[] =>
      typeof node === "string" ? [node] : typeof node === "function" ? [(node as (...a: unknown[]) => string)("§", "§", "§", "§", "§", "§", "§", "§", "§")] : node && typeof node === "object" ? Object.values(node).flatMap(sentences) : [];
    // The fixed words of each English sentence (between its slots), long enough to be a sentence and not a name.
    const english = [...sentences(messages("en")), ...sentences(strings("en"))].flatMap((x) => x.split("§")).map((x) => x.trim()).filter((x) => x.length >= 24);
    const p = await hx.page();
    await p.goto(`${hx.server.url}/?actor=IS&country=SYR,IRQ&period=2019&vs=2018&lang=nl`);
    await p.locator("#panel-compare table.compare").waitFor();
    await p.locator("#panel-series svg.chart").waitFor();
    await p.locator("#panel-reconcile table").waitFor();
    await p.locator("#panel-alerts ul, #panel-alerts p:not(.muted)").first().waitFor();
    await p.locator("#coverage table").waitFor();
    await p.locator("#panel-series .forecast table").waitFor();
    // A claim checked on the Dutch page is described in Dutch: its group, qualifier, rate and region.
    await p.fill("#claims-input", "IS pleegde vorig jaar in Irak gemiddeld 9 aanslagen per maand. Wereldwijd vielen in 2023 meer dan 8.000 doden.");
    await p.fill("#claims-published", "2024-07");
    await p.click("#claims-check");
    await p.locator("#claim-1").waitFor();
    const described = await p.locator("#panel-claims .claim-list").innerText();
    expect(described).toContain("Islamitische Staat");
    expect(described).toContain("aanslagen per maand");
    expect(described).toContain("meer dan 8.000 · doden");
    expect(described).toContain("type tempo");
    await p.locator("#panel-claims").screenshot({ path: join(ARTIFACTS, "claims-nl.png") });
    expect(described).toContain("de wereld");
    // The whole page: the panels, the form and the coverage under them, folded parts opened (the forecast's model).
    await p.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const text = (await p.locator("body").innerText()).replace(/\s+/g, " ");
    expect(english.filter((x) => text.includes(x))).toEqual([]);
    // The group is named as Dutch names it, in the map's legend as everywhere else.
    expect(await p.locator("#panel-map .legend").innerText()).toContain("Islamitische Staat");
    expect(text).not.toContain("Islamic State");
    // The form's choices (dropdown options, violence-type ticks) are words, not sentences: none of them the English one.
    const options = (await p.locator("select option, #violence label").allTextContents()).map((o) => o.trim());
    const { englishChoices } = await import("../../src/messages/testing/sentences.ts");
    expect(options.filter((o) => englishChoices().includes(o))).toEqual([]);
    expect(await p.locator("#role option").allTextContents()).toEqual(["beide kanten", "dader", "kant A", "kant B"]);
    expect(await p.locator("#mdp option").allTextContents()).toEqual(["de dag", "enkele dagen", "de week", "de maand", "het jaar"]);
    expect(await p.locator("#violence label").allTextContents()).toEqual(["statelijk", "niet-statelijk", "eenzijdig", "aanval", "rellen en protest", "overig"]);
    await p.close();
  });

  it("says under the map legend why its total is not compare's when compare leaves a country out", async () => {
    const p = await hx.page();
    await p.goto(`${hx.server.url}/?actor=IS&country=SYR,IRQ&period=2018&vs=2019`);
    const note = p.locator("#map-compare-note");
    await note.waitFor();
    await expect(note.textContent()).resolves.toBe("The map counts every event in 2018 (1,201); compare's total counts 1,025: it pools SYR only, as IRQ has no data for one of the periods.");
    await p.close();
  });

  it("says how fresh the data are: the last day each dataset reaches", async () => {
    await expect(page.locator("footer").textContent()).resolves.toMatch(/data through: ucdp-ged 2019-11-30/);
  });

  it("lists where: the provinces with the largest rise first", async () => {
    const p = await hx.page();
    await p.goto(`${hx.server.url}/?actor=IS&country=IRQ&period=2014&vs=2013`);
    await p.locator("#compare-where tbody tr").first().waitFor();
    const first = await p.locator("#compare-where tbody tr").first().locator("th, td").allTextContents();
    expect(first.slice(0, 3)).toEqual(["Al Anbār province (IRQ)", "179", "41"]);
    await p.close();
  });

  it("speaks Dutch and fits a phone screen", async () => {
    const p = await hx.page({ width: 390, height: 844 });
    await p.goto(`${hx.server.url}/?lang=nl`);
    await p.locator("#panel-compare table.compare").waitFor();
    await p.locator("#panel-series svg.chart").waitFor();
    await expect(p.locator("#panel-compare h2").textContent()).resolves.toContain("Perioden vergelijken");
    await expect(p.locator("html").getAttribute("lang")).resolves.toBe("nl");
    // Panels still arriving are laid out in the frame after they appear: a wide table is stacked by its resize
    // observer (fit.ts), which a measurement taken in between can beat on a loaded machine. Once every panel is
    // drawn and the page has settled, nothing may stick out.
    await p.locator("#panel-reconcile table").first().waitFor();
    await p.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 10_000 }).catch(() => undefined);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot("dashboard-phone-nl", p);
    await p.close();
  });

  it.for<[string, string]>([
    ["brief-2017-vs-2018", "period=2017&vs=2018"],
    ["brief-seed-2024-H1-vs-2023", "period=2024-H1&vs=2023"],
    ["brief-2017-vs-2018-nl", "period=2017&vs=2018&lang=nl"],
  ])("renders the briefing %s as a PDF of one or two pages", async ([name, periods], { skip }) => {
    const res = await fetch(`${hx.server.url}/api/brief?actor=IS&country=SYR%2CIRQ&${periods}&format=pdf`);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    writeFileSync(join(ARTIFACTS, `${name}.pdf`), pdf);
    const pdftoppm = onPath("pdftoppm") ?? skip(skipUnlessCi("pdftoppm is not on PATH, so the PDF's pages cannot be counted", "apt-get install poppler-utils"));
    // Only this PDF's pages, of this run: "brief-2017-vs-2018-" also begins "brief-2017-vs-2018-nl-1.png".
    const isPage = (f: string) => new RegExp(`^${name}-\\d+\\.png$`).test(f);
    for (const f of readdirSync(ARTIFACTS).filter(isPage)) rmSync(join(ARTIFACTS, f));
    execFileSync(pdftoppm, ["-png", "-r", "60", join(ARTIFACTS, `${name}.pdf`), join(ARTIFACTS, name)]);
    const pages = readdirSync(ARTIFACTS).filter(isPage);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
  });

  it("fits the Dutch comparison table on an A4 page: every column header and the p of every row are in the PDF's text", async ({ skip }) => {
    const res = await fetch(`${hx.server.url}/api/brief?actor=IS&country=SYR%2CIRQ&period=2017-01..2017-06&vs=2018&lang=nl&format=pdf`);
    const file = join(ARTIFACTS, "brief-nl-wide.pdf");
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const pdftotext = onPath("pdftotext") ?? skip(skipUnlessCi("pdftotext is not on PATH, so the PDF's text cannot be read", "apt-get install poppler-utils"));
    const text = execFileSync(pdftotext, ["-layout", file, "-"], { encoding: "utf8" });
    const table = text.slice(text.indexOf("Vergelijking"), text.indexOf("Telregel"));
    for (const header of ["Land", "doden", "verhouding", "95%-BI"]) expect(table).toContain(header);
    // Each of the three rows (SYR, IRQ, Alle) ends with its p, the table's last column (the finding under the
    // table says its p too, in a sentence).
    expect(table.match(/^(SYR|IRQ|Alle) .*< 0,001$/gm)?.length).toBe(3);
  });

  it("had no console errors anywhere", () => {
    expect(hx.errors).toEqual([]);
  });
});
