/**
 * Issue 13 items 12, 13 and 19: refusals in the user's terms, the same on the CLI and the API. A mistyped actor
 * is "not found, did you mean …?" (exit 4 / 404), never zeros or a pattern match; an empty --country is a usage
 * error; a count too large and an impossible publication date are named as what they are.
 */
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { appOverTempStore } from "../helpers/app.ts";

const { app, store } = appOverTempStore();

async function cli(...args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await main(["node", "resurgence", ...args], { env: {}, store: store(), io: { out: () => {}, err: (l) => err.push(l), isTTY: false, now: () => new Date("2026-12-01T00:00:00Z"), stdin: async () => "IS carried out 12 attacks last year." } });
  return { code, err: err.join("\n") };
}

async function api(path: string): Promise<{ status: number; message: string }> {
  const res = await app().request(path);
  return { status: res.status, message: ((await res.json()) as { error?: { message: string } }).error?.message ?? "" };
}

describe("an actor's name", () => {
  it("mistyped, is not found with the name meant, on both surfaces", async () => {
    for (const [name, meant] of [["Daesch", "Daesh"], ["IS%", "IS"]] as const) {
      const c = await cli("compare", "--actor", name, "--period", "2017", "--vs", "2018");
      expect(c.code, name).toBe(4);
      expect(c.err).toContain(`did you mean "${meant}"?`);
      const a = await api(`/api/compare?actor=${encodeURIComponent(name)}&period=2017&vs=2018`);
      expect(a.status, name).toBe(404);
      expect(a.message).toBe(c.err.replace(/^error: /, "").replace(/ \(names match.*$/, ""));
    }
  });
});

describe("refusals in the user's terms", () => {
  it("takes an empty --country for a mistake, not for every country", async () => {
    expect(await cli("compare", "--actor", "IS", "--country", "", "--period", "2017", "--vs", "2018")).toMatchObject({ code: 2, err: expect.stringContaining('--country "": no country given') });
    expect((await api("/api/compare?actor=IS&country=&period=2017&vs=2018")).status).toBe(400);
  });

  it("says a count is too large rather than not a whole number, naming --counts", async () => {
    const r = await cli("compare", "--counts", "99999999999999999999@2024-H1", "121@2023");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: --counts: Counts "99999999999999999999@2024-H1": 99999999999999999999 is too large to count exactly \(at most 9,007,199,254,740,991\)/);
  });

  it("refuses a publication date no article has, at the flag, instead of an internal date", async () => {
    const r = await cli("claims", "extract", "-", "--published", "0000-01-01");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: --published "0000-01-01": is not a publication date: the year must be 1000 or later/);
    expect(r.err).not.toMatch(/00-1-/);
    expect((await api("/api/claims/extract")).status).toBe(405);
  });
});
