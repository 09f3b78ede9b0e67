import { describe, expect, it } from "vitest";
import { UnavailableError } from "../errors.ts";
import { findChromium, requireChromium } from "./chromium.ts";
import { chromiumPdf } from "./pdf.ts";

const only = (...paths: string[]) => (p: string) => paths.includes(p);
const none = async () => undefined;

describe("findChromium", () => {
  it("takes RESURGENCE_CHROMIUM before anything on PATH", async () => {
    const env = { RESURGENCE_CHROMIUM: "/opt/chrome/chrome", PATH: "/usr/bin" };
    expect(await findChromium({ env, isExecutable: only("/opt/chrome/chrome", "/usr/bin/chromium"), playwrightChromium: none })).toBe("/opt/chrome/chrome");
  });

  it("refuses a RESURGENCE_CHROMIUM that is not an executable, with exit 5", async () => {
    const found = findChromium({ env: { RESURGENCE_CHROMIUM: "/nowhere/chrome" }, isExecutable: only("/usr/bin/chromium"), playwrightChromium: none });
    await expect(found).rejects.toThrow(UnavailableError);
    await expect(found).rejects.toMatchObject({ exitCode: 5, message: expect.stringContaining("RESURGENCE_CHROMIUM=/nowhere/chrome") });
  });

  it("finds chromium-browser or google-chrome on PATH, in the order of the names", async () => {
    const env = { PATH: "/snap/bin:/opt/google/bin" };
    expect(await findChromium({ env, isExecutable: only("/opt/google/bin/google-chrome", "/snap/bin/chromium-browser"), playwrightChromium: none })).toBe("/snap/bin/chromium-browser");
  });

  it("finds Debian's /usr/bin/chromium even when PATH leaves /usr/bin out", async () => {
    expect(await findChromium({ env: { PATH: "/opt/bin" }, isExecutable: only("/usr/bin/chromium"), playwrightChromium: none })).toBe("/usr/bin/chromium");
  });

  it("falls back to the Chromium playwright installed, when it exists", async () => {
    const own = "/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome";
    expect(await findChromium({ env: {}, isExecutable: only(own), playwrightChromium: async () => own })).toBe(own);
    expect(await findChromium({ env: {}, isExecutable: only(), playwrightChromium: async () => own })).toBeUndefined();
  });
});

describe("requireChromium", () => {
  it("says in one line how to install one when there is none", async () => {
    const err = await requireChromium({ env: { PATH: "/nowhere" }, isExecutable: only(), playwrightChromium: none }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnavailableError);
    expect(err).toMatchObject({ exitCode: 5, message: "no Chromium found for PDF output", hint: expect.stringContaining("apt-get install chromium") });
  });
});

describe("chromiumPdf without a path", () => {
  it("fails the render with the install hint when no Chromium is found", async () => {
    const pdf = chromiumPdf(undefined, { env: {}, isExecutable: only(), playwrightChromium: none });
    await expect(pdf("<p>x</p>")).rejects.toMatchObject({ name: "UnavailableError", exitCode: 5 });
  });
});
