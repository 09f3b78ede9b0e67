/**
 * Runs the CLI as a user the file permissions apply to. Root may write any file, so a test of "permission
 * denied" run as root (a container, CI) runs the CLI as nobody (uid 65534) instead; anyone else runs it as is.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../helpers/paths.ts";

const BIN = join(ROOT, "bin", "resurgence.mjs");
const NOBODY = 65534;

export function asUnprivileged(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const asRoot = process.getuid?.() === 0;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: "/tmp", TZ: "UTC" },
    timeout: 60_000,
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
