/**
 * Replays predictions written by `npm run eval:claims -- CASES --predictions OUT.jsonl` for score.py, which runs a
 * command per case with the passage on stdin:
 * `python3 score.py CASES node --import tsx bench/claims/replay.ts OUT.jsonl`.
 * It prints the claims recorded for the same passage, so score.py and the TypeScript port (src/claims/eval/judge.ts)
 * score the same output and their figures can be compared.
 */
import { readFileSync } from "node:fs";

const file = process.argv[2];
if (!file) throw new Error("usage: replay.ts PREDICTIONS.jsonl < passage");
const text = readFileSync(0, "utf8");
const records = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { text: string; claims: unknown[] });
const hit = records.find((r) => r.text === text);
if (!hit) throw new Error("replay: no recorded prediction for this passage");
console.log(JSON.stringify(hit.claims));
