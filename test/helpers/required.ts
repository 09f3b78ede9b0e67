/**
 * A tool or server a test cannot run without. Under CI a missing one fails the test file, because a suite
 * that skips there passes without having checked anything (.ci/run installs and starts all of them).
 * Locally it skips, and says why.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** True when the CI variable is set to anything but "", "0" or "false" (GitHub, GitLab and .ci/run set "true"). */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.CI && env.CI !== "0" && env.CI.toLowerCase() !== "false";
}

/**
 * The reason to skip, for a caller that found something missing; under CI it throws instead.
 *
 * @example
 * const noChromium = existsSync(CHROMIUM) ? undefined : skipUnlessCi("no Chromium at /usr/bin/chromium", "apt-get install chromium");
 */
export function skipUnlessCi(missing: string, fix: string, env: NodeJS.ProcessEnv = process.env): string {
  if (isCi(env)) throw new Error(`CI is set and ${missing}: these tests cannot be skipped under CI. ${fix}`);
  return `${missing} (${fix}; under CI this fails)`;
}

/** The executable `name` on PATH, or undefined. */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}
