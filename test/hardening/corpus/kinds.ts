/**
 * The kinds of bad input, each as a function from a format to the file(s) that show it. Small files are
 * written to test/fixtures/bad/ by build.ts and committed; the large ones (a 10 MB field) are written by the
 * test itself. A kind that does not apply to a format (a semicolon in a JSON file) has no builder for it.
 */
import type { Format } from "./formats.ts";
import { FORMATS } from "./formats.ts";
import { EXT, type Builders } from "./damage.ts";
import { BYTE_KINDS } from "./kinds-bytes.ts";
import { VALUE_KINDS } from "./kinds-values.ts";

export interface CorpusFile {
  /** Path under test/fixtures/bad/, e.g. "ged-csv/bom.csv". */
  name: string;
  format: Format;
  /** The kind, with "-a"/"-b" for a kind of two files: the key of its expected outcome. */
  key: string;
  bytes: Buffer;
}
export interface Kind {
  id: string;
  /** What is wrong with the file, for the README. */
  what: string;
  /** Written by the test (too large to commit). */
  generated?: boolean;
  build: Builders;
}

/** Every kind, in a fixed order: a kind's position picks its slice of good rows. */
export const KINDS: Kind[] = [...VALUE_KINDS, ...BYTE_KINDS];

/** Every committed file of the corpus, built from the kinds. */
export function corpusFiles(): CorpusFile[] {
  const out: CorpusFile[] = [];
  KINDS.forEach((kind, k) => {
    for (const format of FORMATS) {
      const build = kind.build[format];
      if (!build) continue;
      for (const f of build(k)) {
        const key = `${kind.id}${f.suffix ?? ""}`;
        out.push({ name: `${format}/${key}${f.ext ?? EXT[format]}`, format, key, bytes: Buffer.isBuffer(f.bytes) ? f.bytes : Buffer.from(f.bytes, "utf8") });
      }
    }
  });
  return out;
}

/** A kind's position: it picks the slice of good rows the kind's files use. */
export function kindIndex(id: string): number {
  const i = KINDS.findIndex((k) => k.id === id);
  if (i < 0) throw new Error(`no kind ${id}`);
  return i;
}

export { EXT };
