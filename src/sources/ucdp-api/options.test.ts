import { describe, expect, it } from "vitest";
import { UsageError } from "../../errors.ts";
import { DEFAULT_BASE_URL, pageUrl, parseSyncOptions, queryFor, queryKey } from "./options.ts";

const FLAGS = { version: "25.1", country: "652,645", from: "2023-01-01" };

describe("parseSyncOptions", () => {
  it("normalises flags once: countries sorted, the real API as default, the token from the environment", () => {
    const o = parseSyncOptions(FLAGS, { UCDP_ACCESS_TOKEN: "from-env" });
    expect(o).toEqual({ version: "25.1", countries: [645, 652], from: "2023-01-01", token: "from-env", baseUrl: DEFAULT_BASE_URL, fresh: false });
    expect(DEFAULT_BASE_URL).toBe("https://ucdpapi.pcr.uu.se/api");
    expect(parseSyncOptions({ ...FLAGS, token: "flag" }, { UCDP_ACCESS_TOKEN: "env" }).token).toBe("flag");
    expect(parseSyncOptions({ ...FLAGS, baseUrl: "http://127.0.0.1:9/api/" }, {}).baseUrl).toBe("http://127.0.0.1:9/api");
  });

  it("refuses bad values with one line naming the flag", () => {
    const bad = (flags: Record<string, string>) => {
      try {
        parseSyncOptions({ ...FLAGS, ...flags }, {});
      } catch (e) {
        expect(e).toBeInstanceOf(UsageError);
        return (e as Error).message;
      }
      return "accepted";
    };
    expect(bad({ country: "Syria" })).toBe("--country is not a list of Gleditsch-Ward country codes like 652,645");
    expect(bad({ from: "2023-02-30" })).toBe("--from is not a calendar date");
    expect(bad({ annualEnd: "2023-13-01" })).toBe("--annual-end is not a calendar date");
    expect(bad({ to: "2022-12-31" })).toBe("--to is before --from");
    expect(bad({ version: "25.0.9" })).toMatch(/^--version is a candidate release: pass it as --candidate/);
    expect(bad({ candidate: "25.1" })).toBe("--candidate is the same as --version");
    expect(bad({ version: "25.1; rm" })).toMatch(/^--version is not a UCDP version/);
    expect(bad({ baseUrl: "file:///etc" })).toBe("--base-url is not an http(s) URL");
  });
});

describe("the API query", () => {
  it("asks for 1,000 events a page, 0-based, with the API's parameter names", () => {
    const o = parseSyncOptions({ ...FLAGS, to: "2023-06-30" }, {});
    expect(pageUrl(o.baseUrl, queryFor("25.1", o), 7)).toBe(
      "https://ucdpapi.pcr.uu.se/api/gedevents/25.1?pagesize=1000&page=7&Country=645,652&StartDate=2023-01-01&EndDate=2023-06-30",
    );
  });

  it("names the cache by what is asked, not by where or with which token", () => {
    const a = parseSyncOptions({ ...FLAGS, token: "a" }, {});
    const b = parseSyncOptions({ ...FLAGS, country: "645, 652", token: "b", baseUrl: "http://127.0.0.1:1/api" }, {});
    expect(queryKey(queryFor("25.1", a))).toBe(queryKey(queryFor("25.1", b)));
    expect(queryKey(queryFor("25.1", a))).not.toBe(queryKey(queryFor("25.0.9", a)));
    expect(queryKey(queryFor("25.1", a))).not.toBe(queryKey(queryFor("25.1", { ...a, to: "2023-12-31" })));
  });
});
