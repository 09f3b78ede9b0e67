/** Writes a bench result as bench/results/<name>.json and .md. */
import { mkdirSync, writeFileSync } from "node:fs";

/** Writes `json` and `markdown` under bench/results/ and returns the two paths. */
export function writeResults(name: string, json: unknown, markdown: string): string[] {
  const dir = new URL("../results/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  const paths = [new URL(`${name}.json`, dir), new URL(`${name}.md`, dir)];
  writeFileSync(paths[0] as URL, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(paths[1] as URL, markdown.endsWith("\n") ? markdown : `${markdown}\n`);
  return paths.map((p) => p.pathname);
}
