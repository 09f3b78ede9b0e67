/**
 * PDF through headless Chromium (playwright-core driving the system's /usr/bin/chromium). The page is set
 * from a string with every network request refused, so rendering touches nothing outside the HTML.
 * Renders run one at a time: each launches its own browser, and a server should not launch dozens at once.
 */
import { existsSync } from "node:fs";
import { ResurgenceError } from "../errors.ts";

export const CHROMIUM = "/usr/bin/chromium";

/** The flags Chromium runs headless with: no sandbox (containers), no GPU, no background network. */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export type PdfRenderer = (html: string) => Promise<Uint8Array>;

let queue: Promise<unknown> = Promise.resolve();

/** A renderer using Chromium at `executablePath`. */
export function chromiumPdf(executablePath = CHROMIUM): PdfRenderer {
  return (html) => {
    const run = queue.then(() => render(html, executablePath));
    queue = run.catch(() => undefined);
    return run;
  };
}

async function render(html: string, executablePath: string): Promise<Uint8Array> {
  if (!existsSync(executablePath)) throw new ResurgenceError(`cannot make a PDF: no Chromium at ${executablePath}`, "install it (apt-get install chromium) or use --format html");
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
