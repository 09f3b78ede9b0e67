/**
 * The e2e harness: the real server in-process on a free port over the demo store, and Debian's Chromium
 * driven by playwright-core. Screenshots go to test-artifacts/ (gitignored).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createApp, startServer, type RunningServer } from "../../../src/api/index.ts";
import { ensureWebBuild } from "../../../src/api/web-build.ts";
import { CHROMIUM, CHROMIUM_ARGS, chromiumPdf } from "../../../src/report/index.ts";
import { ROOT } from "../../helpers/paths.ts";
import { demoStore, type DemoStore } from "./demo-store.ts";

export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const ARTIFACTS = join(ROOT, "test-artifacts");
export const TOKEN = "e2e-token-0123456789abcdef";

const SHED = /^Failed to load resource: the server responded with a status of 503 \(Service Unavailable\)$/;

export interface Harness {
  demo: DemoStore;
  server: RunningServer;
  browser: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  page(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const [demo, webDist] = await Promise.all([demoStore(), ensureWebBuild()]);
  const app = createApp({ store: demo.store, config: { db: demo.dir, actorFiles: [], debug: false, apiToken: TOKEN }, webDist, pdf: chromiumPdf(), log: () => {} });
  const server = await startServer(app, { port: 0, host: "127.0.0.1" });
  const profile = mkdtempSync(join(tmpdir(), "resurgence-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  return {
    demo,
    server,
    browser,
    errors,
    async page(viewport) {
      const page = await browser.newPage();
      if (viewport) await page.setViewportSize(viewport);
      page.on("console", (m) => {
        // A busy server sheds load with 503 and Retry-After, and the dashboard asks again (web/src/api.ts): Chromium
        // logs the refused try, but it is back-pressure, not a fault; a question never answered fails its panel's test.
        if (m.type() === "error" && !SHED.test(m.text())) errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("response", (r) => {
        if (r.status() === 503 && !r.headers()["retry-after"]) errors.push(`503 without Retry-After: ${r.url()}`);
      });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await demo.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
