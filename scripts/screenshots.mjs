#!/usr/bin/env node
/**
 * Screenshots of the dashboard for docs/screenshots/: English and Dutch, desktop (1440 px) and phone (390 px), on
 * the seed's question and on IS in Iraq 2014 vs 2013; on the phone, scrolled to the comparison (or the ledger). Run against a server
 * on the demo store:
 *
 *   node dist/cli.js --db /tmp/demo.duckdb demo --no-serve && node dist/cli.js --db /tmp/demo.duckdb serve --port 8099 &
 *   node scripts/screenshots.mjs http://localhost:8099
 *
 * Needs Chromium (RESURGENCE_CHROMIUM, or Debian's /usr/bin/chromium).
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import process from "node:process";
import { chromium } from "playwright-core";

const base = process.argv[2] ?? "http://localhost:8099";
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "docs", "screenshots");
mkdirSync(out, { recursive: true });
const views = [
  ["seed", "actor=IS&country=SYR,IRQ&period=2024-H1&vs=2023"],
  ["iraq-2014", "actor=IS&country=IRQ&period=2014&vs=2013"],
];
const sizes = [["desktop", { width: 1440, height: 1100 }], ["phone", { width: 390, height: 844 }]];
const browser = await chromium.launch({ executablePath: process.env.RESURGENCE_CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [name, query] of views)
  for (const lang of ["en", "nl"])
    for (const [size, viewport] of sizes) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${base}/?${query}&lang=${lang}`);
      await page.locator("#panel-compare table.compare").waitFor();
      await page.locator("#panel-series svg.chart").waitFor();
      await page.locator("#panel-map svg.map").waitFor();
      await page.locator("#coverage table").waitFor();
      // On a phone the map fills the first screen: show the comparison, reflowed, instead (when the store has no
      // events for the periods, the officials' figures it answers from).
      if (size === "phone") {
        const ledger = page.locator("#compare-ledger");
        await ((await ledger.count()) ? ledger : page.locator("#panel-compare")).evaluate((el) => el.scrollIntoView());
      }
      // A layout pass, so the tables have been measured (and stacked) at this width.
      await page.evaluate(() => new Promise((r) => globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(r))));
      const file = join(out, `${name}-${lang}-${size}.png`);
      await page.screenshot({ path: file, fullPage: false });
      process.stdout.write(`${file}\n`);
      await page.close();
    }
await browser.close();
