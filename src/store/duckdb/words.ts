/**
 * An event's words (shared WORD_COLUMNS: names, places, source text), which the events table does not hold: read
 * from its raw row by the SQL its batch keeps (BatchRecord.words, run over the batch's raw file), or, for events
 * stored before, from `words_legacy` by id. A page of events costs one read per batch on it.
 */
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { StoreError } from "../../errors.ts";
import { rows, WORD_COLUMNS, type WordColumn } from "../shared/index.ts";
import type { RawKey } from "./raw-rows.ts";

export type Words = Record<WordColumn, string | null> & { source_event_id: string };

function wordsOf(id: string, row: Record<string, unknown> | undefined): Words {
  const out = { source_event_id: id.slice(id.indexOf(":") + 1) } as Words;
  for (const c of WORD_COLUMNS) out[c] = row?.[c] === null || row?.[c] === undefined ? null : String(row[c]);
  return out;
}

/** The words of `events`, by event id. */
export async function readWords(c: DuckDBConnection, rawDir: string, events: RawKey[]): Promise<Map<string, Words>> {
  const found = new Map<string, Record<string, unknown>>();
  const byBatch = new Map<string, RawKey[]>();
  for (const e of events) byBatch.set(e.batch_id, [...(byBatch.get(e.batch_id) ?? []), e]);
  const batches = byBatch.size === 0 ? [] : await rows(c, `SELECT batch_id, raw_file, words_sql FROM batches WHERE list_contains(from_json($b, '["VARCHAR"]'), batch_id)`, { b: JSON.stringify([...byBatch.keys()]) });
  const legacy: string[] = [];
  for (const b of batches) {
    const keys = byBatch.get(String(b.batch_id)) ?? [];
    const recs = keys.map((k) => k.raw_rec).filter((r): r is number => r !== null && Number.isSafeInteger(r));
    if (b.words_sql === null || b.raw_file === null || recs.length === 0) {
      legacy.push(...keys.map((k) => k.id));
      continue;
    }
    const file = join(rawDir, String(b.raw_file));
    let got;
    try {
      got = await rows(c, `SELECT * FROM (${String(b.words_sql)}) w WHERE rec IN (${recs.join(", ")})`, { raw: file });
    } catch (cause) {
      throw new StoreError(`the words of batch ${String(b.batch_id)} cannot be read from ${file}: ${String((cause as Error).message).split("\n")[0]}`, "keep the store's .raw folder beside its file (copy both when moving a store)", { cause });
    }
    const byRec = new Map(got.map((r) => [Number(r.rec), r]));
    for (const k of keys) if (k.raw_rec !== null) found.set(k.id, byRec.get(k.raw_rec) ?? {});
  }
  if (legacy.length > 0) {
    const got = await rows(c, `SELECT * FROM words_legacy WHERE list_contains(from_json($ids, '["VARCHAR"]'), id)`, { ids: JSON.stringify(legacy) });
    for (const r of got) found.set(String(r.id), r);
  }
  return new Map(events.map((e) => [e.id, wordsOf(e.id, found.get(e.id))]));
}
