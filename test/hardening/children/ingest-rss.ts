/** Run by memory.test.ts: one CLI ingest in a fresh process, then its exit code and peak RSS as one JSON line. */
import { main } from "../../../src/cli/main.ts";

const [db, file] = process.argv.slice(2) as [string, string];
const err: string[] = [];
const code = await main(["node", "resurgence", "--db", db, "ingest", file], {
  env: { RESURGENCE_MEMORY_LIMIT: "1GB" },
  io: { out: () => {}, err: (l) => err.push(l), isTTY: false, now: () => new Date("2026-11-29T12:00:00Z"), stdin: async () => "" },
});
console.log(JSON.stringify({ code, err, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
