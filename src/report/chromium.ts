/**
 * Finding a Chromium for PDF output, in this order: the one RESURGENCE_CHROMIUM names; the first of chromium,
 * chromium-browser, google-chrome and google-chrome-stable on PATH (Debian's /usr/bin/chromium among them);
 * the one `npx playwright install chromium` downloads, when it has. The environment, the file test and
 * playwright's lookup are parameters so tests can swap them.
 */
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { UnavailableError } from "../errors.ts";

/** Debian's Chromium: the usual one on servers and in CI. */
export const CHROMIUM = "/usr/bin/chromium";

/** The program names looked up on PATH, in order. */
export const CHROMIUM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** The one line a missing Chromium prints. */
export const NO_CHROMIUM_HINT = "install Debian's chromium (apt-get install chromium) or set RESURGENCE_CHROMIUM to a Chromium or Chrome executable";

export interface ChromiumLookup {
  env?: Record<string, string | undefined>;
  /** True when `path` is an executable file. */
  isExecutable?: (path: string) => boolean;
  /** Where playwright keeps the Chromium it installs, or undefined. */
  playwrightChromium?: () => Promise<string | undefined>;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

async function playwrightsOwn(): Promise<string | undefined> {
  try {
    const { chromium } = await import("playwright-core");
    return chromium.executablePath() || undefined;
  } catch {
    // playwright-core throws on a platform it has no build for: then it has none to offer.
    return undefined;
  }
}

/** The path of a Chromium to render PDFs with, or undefined when there is none. Throws when RESURGENCE_CHROMIUM is set but unusable. */
export async function findChromium(lookup: ChromiumLookup = {}): Promise<string | undefined> {
  const env = lookup.env ?? process.env;
  const ok = lookup.isExecutable ?? isExecutableFile;
  const named = env.RESURGENCE_CHROMIUM;
  if (named) {
    if (!ok(named)) throw new UnavailableError(`RESURGENCE_CHROMIUM=${named} is not an executable file`, NO_CHROMIUM_HINT);
    return named;
  }
  const dirs = (env.PATH ?? "").split(delimiter).filter((d) => d !== "");
  // Debian's path also when PATH leaves out /usr/bin (some service managers do).
  for (const path of [...CHROMIUM_NAMES.flatMap((name) => dirs.map((d) => join(d, name))), CHROMIUM]) if (ok(path)) return path;
  const own = await (lookup.playwrightChromium ?? playwrightsOwn)();
  return own !== undefined && ok(own) ? own : undefined;
}

/** Like findChromium, but a missing Chromium is an UnavailableError (exit 5) saying how to install one. */
export async function requireChromium(lookup: ChromiumLookup = {}): Promise<string> {
  const path = await findChromium(lookup);
  if (path === undefined) throw new UnavailableError("no Chromium found for PDF output", NO_CHROMIUM_HINT);
  return path;
}
