/**
 * PDF through headless Chromium, driven by playwright-core (a runtime dependency). Which Chromium: the one
 * given, else the one findChromium finds when the first PDF is asked for. The page is set from a string with
 * every network request refused, so rendering touches nothing outside the HTML. Renders run one at a time:
 * each launches its own browser, and a server should not launch dozens at once.
 */
import { UnavailableError } from "../errors.ts";
import { NO_CHROMIUM_HINT, requireChromium, type ChromiumLookup } from "./chromium.ts";

/** The flags Chromium runs headless with: no sandbox (containers), no GPU, no background network. */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export type PdfRenderer = (html: string) => Promise<Uint8Array>;

let queue: Promise<unknown> = Promise.resolve();

/**
 * A renderer using Chromium at `executablePath`, or, without one, the Chromium `findChromium` finds (looked up
 * once, at the first render); none found is an UnavailableError (exit 5) with the install hint.
 *
 * @example
 * await writeFile("brief.pdf", await chromiumPdf()(await renderHtml(data)));
 */
export function chromiumPdf(executablePath?: string, lookup: ChromiumLookup = {}): PdfRenderer {
  let path: Promise<string> | undefined = executablePath === undefined ? undefined : Promise.resolve(executablePath);
  return (html) => {
    // A failed lookup is not kept: a Chromium installed meanwhile is found by the next render.
    path ??= requireChromium(lookup).catch((e: unknown) => {
      path = undefined;
      throw e;
    });
    const run = queue.then(async () => render(html, await path!));
    queue = run.catch(() => undefined);
    return run;
  };
}

async function render(html: string, executablePath: string): Promise<Uint8Array> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }).catch((cause: unknown) => {
    throw new UnavailableError(`cannot start Chromium at ${executablePath} for PDF output: ${String((cause as Error)?.message ?? cause).split("\n")[0]}`, NO_CHROMIUM_HINT, { cause });
  });
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
