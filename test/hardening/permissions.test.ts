/**
 * Issue 13, item 7: permission denied is the user's setup, not a bug. An input file this user may not read exits 3;
 * a store folder it may not write exits 5; each with one line that says what to change. Run as an unprivileged user
 * (unprivileged.ts): root may read and write anything.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { asUnprivileged } from "./unprivileged.ts";
import { plain } from "./real-data.ts";

const SAMPLE = plain("ged231-sample-1000.csv");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "resurgence-perm-"));
  chmodSync(dir, 0o777);
});

function oneLine(stderr: string): string {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/unexpected failure|this is a bug|\bat .*:\d+:\d+/);
  return lines[0] ?? "";
}

describe("permission denied", () => {
  it("on an input file exits 3 naming the file", () => {
    const secret = join(dir, "secret.csv");
    copyFileSync(SAMPLE, secret);
    chmodSync(secret, 0o600);
    const r = asUnprivileged(["--db", join(dir, "store.duckdb"), "ingest", secret]);
    expect(r.status, r.stderr).toBe(3);
    expect(oneLine(r.stderr)).toBe(`error: ${secret}: cannot be read: permission denied (make it readable for this user (chmod a+r), or copy it somewhere you own)`);
  }, 60_000);

  it("on the store's folder exits 5 naming it, whether the folder exists or must be made", () => {
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    for (const db of [join(locked, "store.duckdb"), join(locked, "sub", "store.duckdb")]) {
      const r = asUnprivileged(["--db", db, "ingest", SAMPLE]);
      expect(r.status, r.stderr).toBe(5);
      const line = oneLine(r.stderr);
      expect(line).toMatch(/permission denied/);
      expect(line).toMatch(/make the store's file and folder writable for this user, or use --db to pick another/);
      expect(line).not.toMatch(/another resurgence process/);
    }
  }, 60_000);
});
