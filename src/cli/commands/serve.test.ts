/** `resurgence serve` listens, prints its URL, answers, and stops when told; bad ports are usage errors. */
import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveConfig } from "../../config.ts";
import { UsageError } from "../../errors.ts";
import { Context } from "../context.ts";
import { parsePort, startServe } from "./serve.ts";

describe("resurgence serve", () => {
  it("serves the API on the port asked for and prints the URL", async () => {
    const dir = mkdtempSync(join(tmpdir(), "resurgence-serve-"));
    const out: string[] = [];
    const ctx = new Context(resolveConfig({ db: join(dir, "s.duckdb") }, {}), { out: (l) => void out.push(l), err: () => {}, isTTY: false, now: () => new Date(), stdin: async () => "" });
    const server = await startServe(ctx, { port: "0", host: "127.0.0.1", web: false });
    try {
      expect(out[0]).toContain(server.url);
      expect(out.join("\n")).toContain("writes (POST /api/ingest) are disabled");
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { status: string; writes: string };
      expect(health).toMatchObject({ status: "ok", writes: "disabled" });
    } finally {
      await server.close();
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a port that is not a port", () => {
    expect(() => parsePort("http", 8080)).toThrow(UsageError);
    expect(() => parsePort("70000", 8080)).toThrow(UsageError);
    expect(parsePort(undefined, 8080)).toBe(8080);
  });
});
