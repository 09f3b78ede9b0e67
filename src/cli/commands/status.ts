/** `resurgence status` (the `status` question: what the store holds) and `resurgence rejects` (quarantined rows). */
import type { Command } from "commander";
import { UsageError } from "../../errors.ts";
import { reasonWords } from "../../messages/index.ts";
import { statusQuestion } from "../../questions/index.ts";
import { questionCommand } from "../ask.ts";
import type { Context } from "../context.ts";
import { cliWords, parseLang, type CliWords } from "../words.ts";
import type { DatasetCoverage } from "../../store/index.ts";

/** A row's covered spans, each marked declared or inferred: "2010-01-03..2010-12-30 inferred, 2014-01-01..2014-12-31 declared". */
function coversText(x: DatasetCoverage, w: CliWords): string {
  return (x.spans ?? []).map((s) => `${s.first}..${s.last} ${s.declared ? w.m.status.declared : w.m.status.inferred}`).join(", ");
}

export function registerStatus(program: Command, ctx: () => Context): void {
  questionCommand(program, ctx, statusQuestion, {
    present(r, c, input) {
      const w = cliWords(input.lang);
      const { m } = w;
      c.io.out(`${m.status.store(r.store.location, r.store.kind, w.int(r.events))}\n`);
      c.io.out(w.table([m.col.dataset, m.col.version, m.col.country, m.col.events, m.col.first, m.col.last, m.col.covers], r.coverage.map((x) => [x.dataset, x.dataset_version, x.country_iso3 ?? "?", Number(x.events), x.first_date, x.last_date, coversText(x, w)])));
      c.io.out("");
      c.io.out(w.table([m.col.batch, m.col.file, m.col.read, m.col.loaded, m.col.duplicates, m.col.quarantined], r.batches.map((b) => [b.batch_id, b.file.split("/").at(-1) ?? b.file, Number(b.rows_read), Number(b.loaded), Number(b.duplicates), Number(b.quarantined)])));
    },
  });
  program
    .command("rejects")
    .description("list quarantined rows with file, line and reason")
    .option("--batch <id>", "only this batch")
    .option("--limit <n>", "at most this many (default 100)")
    .option("--lang <en|nl>", "language of the headings: en or nl")
    .option("--json", "print JSON")
    .action(async (opts: { batch?: string; limit?: string; lang?: string; json?: boolean }) => {
      const c = ctx();
      const limit = opts.limit === undefined ? 100 : Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit "${opts.limit}" is not a whole number >= 1`);
      const rows = await (await c.openStore()).rejects(opts.batch, limit);
      if (opts.json) return c.io.out(JSON.stringify(rows, null, 2));
      const w = cliWords(parseLang(opts.lang));
      c.io.out(w.table([w.m.col.file, w.m.col.line, w.m.col.reason], rows.map((r) => [r.file.split("/").at(-1) ?? r.file, Number(r.line), reasonWords(w.all, r.reason)])));
    });
}
