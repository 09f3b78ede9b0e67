/**
 * An event's words (shared WORD_COLUMNS: names, places, source text), which the events table does not hold: read
 * from its raw row by the SQL its batch keeps (BatchRecord.words, run over the batch's raw file), or, for events
 * stored before, from `words_legacy` by id. A page of events costs one read per batch on it.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { rows, WORD_COLUMNS, type WordColumn } from "../shared/index.ts";
import { readRawFile, recsOf, type BatchKeys } from "./raw-rows.ts";

export type Words = Record<WordColumn, string | null> & { source_event_id: string };

function wordsOf(id: string, row: Record<string, unknown> | undefined): Words {
  const out = { source_event_id: id.slice(id.indexOf(":") + 1) } as Words;
  for (const c of WORD_COLUMNS) out[c] = row?.[c] === null || row?.[c] === undefined ? null : String(row[c]);
  return out;
}

/** The words of the events of `batches` (raw-rows.ts: batchesOf, and withPages for files kept as delivered), by event id. */
export async function readWords(c: DuckDBConnection, batches: BatchKeys[]): Promise<Map<string, Words>> {
  const found = new Map<string, Record<string, unknown>>();
  const legacy: string[] = [];
  for (const b of batches) {
    const recs = recsOf(b);
    if (b.wordsSql === null || b.rawFile === null || recs.length === 0) {
      legacy.push(...b.keys.map((k) => k.id));
      continue;
    }
    const got = await readRawFile(c, { ...b, rawFile: b.rawFile }, "words", `SELECT * FROM (${b.wordsSql}) w WHERE rec IN (${recs.join(", ")})`);
    const byRec = new Map(got.map((r) => [Number(r.rec), r]));
    for (const k of b.keys) if (k.raw_rec !== null) found.set(k.id, byRec.get(k.raw_rec) ?? {});
  }
  if (legacy.length > 0) {
    const got = await rows(c, `SELECT * FROM words_legacy WHERE list_contains(from_json($ids, '["VARCHAR"]'), id)`, { ids: JSON.stringify(legacy) });
    for (const r of got) found.set(String(r.id), r);
  }
  return new Map(batches.flatMap((b) => b.keys).map((e) => [e.id, wordsOf(e.id, found.get(e.id))]));
}
