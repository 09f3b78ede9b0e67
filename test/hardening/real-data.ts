/**
 * The bundled real UCDP files (data/demo/ucdp, gzipped) as plain files, unpacked once per test process into a
 * temporary folder anyone may read (the permission tests run the CLI as another user). The tests of issue 13
 * read them as users' exports are, or change single rows of them.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { DEMO } from "../helpers/paths.ts";

export type RealFile = "ged231-sample-1000.csv" | "ged191-syria-2016-2019.csv" | "ged191-iraq-hdx-1989-2018.csv" | "ged261-candidate-mirror.json";

let dir: string | undefined;

/** The path of `name`, unpacked from data/demo/ucdp/`name`.gz. */
export function plain(name: RealFile): string {
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), "resurgence-real-"));
    chmodSync(dir, 0o755);
  }
  const file = join(dir, name);
  if (!existsSync(file)) {
    writeFileSync(file, gunzipSync(readFileSync(join(DEMO, "ucdp", `${name}.gz`))));
    chmodSync(file, 0o644);
  }
  return file;
}
