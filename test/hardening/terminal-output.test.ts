/**
 * Issue 13 items 17 and 18: what reaches the terminal. A file name or a rejected value holding terminal
 * control sequences is printed as visible escapes by `status` and `rejects`; a reader that stops early
 * (`status | head -1`) ends the CLI quietly, without an EPIPE stack trace; an unreachable ClickHouse is one line
 * (item 22).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.ts";
import { FIXTURES, ROOT } from "../helpers/paths.ts";

const dir = mkdtempSync(join(tmpdir(), "terminal-"));
const db = join(dir, "store.duckdb");
// A legal file name that would clear the screen and set the window title if printed raw.
const hostile = join(dir, "evil\x1b[2J\x1b]0;pwned\x07.csv");

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "resurgence", "--db", db, ...args], { env: {}, io: { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, now: () => new Date("2026-12-01T00:00:00Z"), stdin: async () => "" } });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  copyFileSync(join(FIXTURES, "ucdp", "bad-rows-ged191.csv"), hostile);
  expect((await run("ingest", hostile)).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("text output", () => {
  it("prints control characters of file names as visible escapes in status, rejects and the ingest line", async () => {
    for (const args of [["status"], ["rejects"], ["ingest", hostile]]) {
      const r = await run(...args);
      expect(r.code, args[0]).toBe(0);
      const all = r.out + r.err;
      // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
      expect(all, args[0]).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
      if (args[0] !== "ingest" || all.includes("evil")) expect(all, args[0]).toContain("evil\\u001b[2J\\u001b]0;pwned\\u0007.csv");
    }
  });

  it("keeps --json output valid JSON with the file's real name", async () => {
    const r = await run("status", "--json");
    const status = JSON.parse(r.out) as { batches: Array<{ file: string }> };
    expect(status.batches[0]!.file).toBe(hostile);
  });
});

describe("a reader that stops early", () => {
  it("ends the CLI quietly, without an EPIPE stack trace", async () => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "resurgence.mjs"), "--db", db, "actors", "list"], { stdio: ["ignore", "pipe", "pipe"] });
    // `| head -1` having read its line and gone: the pipe is closed before the CLI writes.
    child.stdout.destroy();
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).not.toMatch(/EPIPE|at .*\.ts:\d+/);
    expect(code).toBe(0);
  }, 60_000);
});

describe("an unreachable ClickHouse", () => {
  it("is one line on stderr and exit 5, without the client's logging", async () => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "resurgence.mjs"), "--store", "clickhouse://127.0.0.1:1/resurgence", "status"], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err.trimEnd().split("\n")).toEqual([expect.stringMatching(/^error: ClickHouse at http:\/\/127\.0\.0\.1:1 .*ECONNREFUSED/)]);
    expect(code).toBe(5);
  }, 60_000);
});
