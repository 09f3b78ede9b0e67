/** `resurgence compact`: the raw rows of files kept as delivered rewritten into compressed Parquet (store.compactRaw). */
import type { Command } from "commander";
import type { CompactReport } from "../../store/index.ts";
import type { Context } from "../context.ts";

const mb = (bytes: number) => `${(bytes / 1e6).toLocaleString("en", { maximumFractionDigits: 1 })} MB`;

export function formatCompact(r: CompactReport): string {
  if (r.batches === 0) return "nothing to compact: no batch keeps its file as delivered";
  return `compacted ${r.batches} ${r.batches === 1 ? "batch" : "batches"}: raw rows ${mb(r.bytesBefore)} -> ${mb(r.bytesAfter)} (Parquet)`;
}

export function registerCompact(program: Command, ctx: () => Context): void {
  program
    .command("compact")
    .description("rewrite the raw rows of plain CSV files kept as delivered into compressed Parquet: about a tenth of the disk; events read the same")
    .option("--json", "print the report as JSON")
    .action(async (opts: { json?: boolean }) => {
      const c = ctx();
      // A store that must exist already (a mistyped --db makes no new one); opened for writing when this user may.
      const report = await (await c.openStore("read")).compactRaw();
      c.io.out(opts.json ? JSON.stringify(report, null, 2) : formatCompact(report));
    });
}
