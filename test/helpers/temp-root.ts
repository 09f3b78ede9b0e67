/**
 * Vitest's global setup: every temporary file of a test run (stores, copies, crash-test inputs, the files of child
 * processes) goes under one folder of its own, removed when the run ends, so runs leave nothing in the machine's
 * temporary folder even when a test forgets to clean up or is killed.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "resurgence-test-run-"));
  // Open to every user, as the temporary folder itself is: the permission tests run children as another user.
  chmodSync(root, 0o1777);
  // os.tmpdir() reads TMPDIR on every call, in this process and in the test workers and children it starts.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
