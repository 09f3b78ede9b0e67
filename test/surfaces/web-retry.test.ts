/** The dashboard's API client waits as a shedding server asks (503 + Retry-After) instead of showing an error. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, getJson } from "../../web/src/api.ts";

afterEach(() => vi.unstubAllGlobals());

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

describe("the dashboard's getJson", () => {
  it("asks again after Retry-After while the server is busy, and returns the answer", async () => {
    const replies = [answer(503, { error: { message: "busy" } }, { "Retry-After": "1" }), answer(200, { ok: true })];
    const fetch = vi.fn(async () => replies.shift()!);
    vi.stubGlobal("fetch", fetch);
    const t0 = Date.now();
    expect(await getJson("/api/status")).toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
  });

  it("does not retry a 503 that asks for no retry (PDF unavailable)", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => answer(503, { error: { message: "no Chromium" } })));
    await expect(getJson("/api/brief")).rejects.toThrow(ApiError);
  });
});
