/**
 * The bad-input corpus test for one format: every file of test/fixtures/bad/<format>/ is ingested, in kind order,
 * into one store seeded with other data, and must do exactly what corpus/expected.ts says. A loaded file keeps
 * the accounting and its quarantined lines; a refused file gives one line with a hint and leaves the store as it
 * was. Each format has its own store.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatError, InputError } from "../../src/errors.ts";
import type { DuckDBStore } from "../../src/store/index.ts";
import { rows } from "../../src/store/index.ts";
import { FIXTURES } from "../helpers/paths.ts";
import { parseCsv } from "../helpers/plain-csv.ts";
import { rawRowsOf, tempStore } from "../helpers/store.ts";
import { EventFilter } from "../../src/store/index.ts";
import { NOW, SEED, snapshot } from "./store-state.ts";
import { EXPECTED, isRefused, type Expected, type Loads, type Refused } from "./corpus/expected.ts";
import type { Format } from "./corpus/formats.ts";
import { KINDS } from "./corpus/kinds.ts";
import { ingestFile } from "../../src/ingest/index.ts";

export const BAD = join(FIXTURES, "bad");
export interface Case {
  kind: string;
  file: string;
  expected: Expected;
}

/** The expected outcome's key of a corpus file name: its kind (the longest kind id it starts with) and any -a/-b. */
export function keyOf(base: string): string | undefined {
  const kind = KINDS.filter((k) => base.startsWith(k.id)).sort((a, b) => b.id.length - a.id.length)[0];
  if (!kind) return undefined;
  const part = /^-(a|b)\./.exec(base.slice(kind.id.length));
  return part ? `${kind.id}-${part[1]}` : kind.id;
}

/** The format's committed corpus files in kind order, each with its expected outcome. */
export function cases(format: Format): Case[] {
  const order = (key: string) => KINDS.findIndex((k) => key.startsWith(k.id)) * 2 + (key.endsWith("-b") ? 1 : 0);
  return readdirSync(join(BAD, format))
    .map((base) => {
      const key = keyOf(base);
      const expected = key ? EXPECTED[key]?.[format] : undefined;
      if (!key || !expected) throw new Error(`no expected outcome for ${format}/${base}`);
      return { kind: key, file: join(BAD, format, base), expected };
    })
    .sort((a, b) => order(a.kind) - order(b.kind));
}

export async function expectLoads(store: DuckDBStore, c: Case, e: Loads): Promise<string> {
  const before = Number((await snapshot(store)).events);
  const s = await ingestFile(store, { file: c.file });
  expect(s.read).toBe(s.loaded + s.duplicates + s.quarantined);
  expect({ read: s.read, loaded: s.loaded, duplicates: s.duplicates, quarantined: s.quarantined }).toEqual({
    read: e.read, loaded: e.loaded, duplicates: e.duplicates, quarantined: e.rejects.length,
  });
  expect(Number((await snapshot(store)).events) - before).toBe(s.loaded - (s.removed ?? 0));
  const rejects = await store.rejects(s.batchId);
  expect(rejects.map((r) => [r.file, r.line, r.reason])).toEqual(e.rejects.map(([line, re]) => [c.file, line, expect.stringMatching(re)]));
  if (e.rejects.length > 0) {
    expect(s.rejectsFile && existsSync(s.rejectsFile)).toBe(true);
    // Its records: the header and one per quarantined row (the plain reader is slow on a 10 MB field, so only for small files).
    const text = readFileSync(s.rejectsFile!, "utf8");
    if (text.length < 1_000_000) expect(parseCsv(text).filter((r) => r.length > 1)).toHaveLength(e.rejects.length + 1);
  } else expect(s.rejectsFile).toBeUndefined();
  return s.batchId;
}

export async function expectRefused(store: DuckDBStore, c: Case, e: Refused): Promise<void> {
  const before = await snapshot(store);
  const err = await ingestFile(store, { file: c.file }).then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(err).toBeInstanceOf(InputError);
  const ie = err as InputError;
  expect(ie.message).toMatch(e.refused);
  expect(ie.where.file).toBe(c.file);
  if (e.line !== undefined) expect(ie.where.line).toBe(e.line);
  expect(ie.hint).toBeTruthy();
  expect(formatError(ie)).not.toMatch(/\n/);
  expect(await snapshot(store)).toEqual(before);
}

/** Extra facts some kinds promise, checked on the events they loaded. */
const AFTER: Record<string, (store: DuckDBStore, batch: string) => Promise<void>> = {
  bom: async (store, batch) => {
    const got = await rows(store.connection, `SELECT count(*) AS n FROM events WHERE batch_id = $b AND id LIKE '%' || chr(65279) || '%'`, { b: batch });
    expect(Number(got[0]?.n)).toBe(0);
  },
  "quoted-newlines": async (store, batch) => {
    const raw = await rawRowsOf(store, batch);
    expect(raw.filter((r) => Object.values(r).some((v) => typeof v === "string" && v.includes("first line\nsecond line")))).toHaveLength(1);
  },
  "extra-columns": async (store, batch) => {
    const raw = await rawRowsOf(store, batch);
    expect(raw.filter((r) => r.my_note === "checked")).toHaveLength(3);
  },
  "padded-header": async (store, batch) => {
    const events = (await store.events(EventFilter.parse({}), { limit: 1_000_000, offset: 0 })).filter((e) => e.batch_id === batch);
    expect(events.filter((e) => e.country_name !== null && e.latitude !== null)).toHaveLength(2);
  },
  "nul-bytes": async (store, batch) => {
    const raw = await rawRowsOf(store, batch);
    expect(raw.filter((r) => JSON.stringify(r).includes("before"))).toHaveLength(1);
  },
};

export function describeBadInput(format: Format): void {
  describe(`bad ${format} input`, () => {
    let store: DuckDBStore;
    beforeAll(async () => {
      store = (await tempStore(NOW)).store;
      await ingestFile(store, { file: SEED });
    });
    afterAll(() => store.close());

    it.each(cases(format).map((c) => [c.file.slice(BAD.length + 1), c] as const))("%s", async (_name, c) => {
      if (isRefused(c.expected)) return expectRefused(store, c, c.expected);
      const batch = await expectLoads(store, c, c.expected);
      await AFTER[c.kind]?.(store, batch);
    });
  });
}
