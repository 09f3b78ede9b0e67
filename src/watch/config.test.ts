import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import { parseWatchFile, resolveWatchConfig } from "./config.ts";

describe("parseWatchFile", () => {
  it("fills the defaults and reads the secrets from the environment the file names", () => {
    const f = parseWatchFile({ watch: [{ actor: "IS", country: "IRQ" }], webhook: { url: "https://example.org/h" }, email: { host: "smtp.example.org", from: "a@b.c", to: ["d@e.f"], password_env: "PW" } });
    expect(f.schedule).toBe("0 6 * * *");
    expect(f.lang).toBe("en");
    const c = resolveWatchConfig(f, { RESURGENCE_WEBHOOK_SECRET: "s3cret", PW: "pw" });
    expect(c.webhook).toEqual({ url: "https://example.org/h", secret: "s3cret" });
    expect(c.email).toMatchObject({ host: "smtp.example.org", port: 587, secure: false, password: "pw" });
    expect([...c.schedule.hour]).toEqual([6]);
  });
  it("refuses a file without pairs, an unknown field, a bad schedule and a webhook without its secret", () => {
    expect(() => parseWatchFile({ watch: [] })).toThrow(/watch: name at least one actor/);
    expect(() => parseWatchFile({ watch: [{ actor: "IS" }], hook: "x" })).toThrow(UsageError);
    expect(() => resolveWatchConfig(parseWatchFile({ watch: [{ actor: "IS" }], schedule: "every day" }), {})).toThrow(/5/);
    expect(() => resolveWatchConfig(parseWatchFile({ watch: [{ actor: "IS" }], webhook: { url: "https://example.org/h" } }), {})).toThrow(/RESURGENCE_WEBHOOK_SECRET/);
  });
});
