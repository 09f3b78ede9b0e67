/** `resurgence compact`: the raw rows of files kept as delivered rewritten into compressed Parquet (store.compactRaw). */
import type { Command } from "commander";
import type { Context } from "../context.ts";
import { formatCompact } from "../summary.ts";
import { cliWords, parseLang } from "../words.ts";

export function registerCompact(program: Command, ctx: () => Context): void {
  program
    .command("compact")
    .description("rewrite the raw rows of plain CSV files kept as delivered into compressed Parquet: about a tenth of the disk; events read the same")
    .option("--lang <en|nl>", "language of the report: en or nl")
    .option("--json", "print the report as JSON")
    .action(async (opts: { lang?: string; json?: boolean }) => {
      const c = ctx();
      const w = cliWords(parseLang(opts.lang));
      // A store that must exist already (a mistyped --db makes no new one); opened for writing when this user may.
      const report = await (await c.openStore("read")).compactRaw();
      c.io.out(opts.json ? JSON.stringify(report, null, 2) : formatCompact(report, w));
    });
}
