/**
 * Issue 13, item 3: a full disk is named (exit 5, HTTP 503), never "this is a bug", and the store stays usable in
 * the same process once space is freed. The disk is a 20 MB tmpfs mounted in a private mount namespace (`unshare`:
 * as root, or as any user where unprivileged user namespaces are allowed), so nothing outside the test sees it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.ts";
import { skipUnlessCi } from "../helpers/required.ts";
import { plain } from "./real-data.ts";

const CHILD = join(ROOT, "test", "hardening", "children", "disk-full.ts");

/** A private mount namespace is where a small disk can be made; without one the test cannot run. */
const noNamespace =
  spawnSync("unshare", ["-rm", "true"]).status === 0 ? undefined : skipUnlessCi("`unshare -rm` cannot make a private mount namespace here", "install util-linux and allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1), or run as root");

describe.skipIf(noNamespace !== undefined)(`an ingest on a full disk${noNamespace ? ` (skipped: ${noNamespace})` : ""}`, () => {
  it("fails as a StoreError naming the full disk, leaves the store as it was, and works once space is freed", () => {
    const dir = mkdtempSync(join(tmpdir(), "resurgence-disk-full-"));
    const script = `mount -t tmpfs -o size=20m tmpfs "$1" && exec "$2" --import tsx "$3" "$1" "$4" "$5"`;
    const r = spawnSync("unshare", ["-rm", "sh", "-c", script, "sh", dir, process.execPath, CHILD, plain("ged231-sample-1000.csv"), plain("ged191-iraq-hdx-1989-2018.csv")], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, LEAVE_BYTES: String(256 * 1024) },
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, unknown>;
    expect(got.first).toBe(1000);
    expect(got.failure).toMatchObject({ name: "StoreError", exitCode: 5 });
    expect(String((got.failure as { message: string }).message)).toMatch(/the disk is full/);
    expect(String((got.failure as { hint: string }).hint)).toMatch(/free some space/);
    expect(got.between).toBe(1000);
    expect(got.after).toBeGreaterThan(5_000);
    expect(got.total).toBe(1000 + (got.after as number));
  }, 150_000);
});
