/** `resurgence status` and `resurgence rejects`: what the store holds and what was quarantined. */
import type { Command } from "commander";
import type { Context } from "../context.ts";
import { table } from "../table.ts";

export function registerStatus(program: Command, ctx: () => Context): void {
  program
    .command("status")
    .description("what the store holds: datasets with their coverage per country, and the ingest batches")
    .option("--json", "print JSON")
    .action(async (opts: { json?: boolean }) => {
      const c = ctx();
      const store = await c.openStore();
      const coverage = await store.coverage();
      const batches = await store.batches();
      if (opts.json) return c.io.out(JSON.stringify({ store: store.location, coverage, batches }, null, 2));
      c.io.out(`store: ${store.location}\n`);
      c.io.out(table(["dataset", "version", "country", "events", "first", "last"], coverage.map((r) => [r.dataset, r.dataset_version, r.country_iso3 ?? "?", Number(r.events), r.first_date, r.last_date])));
      c.io.out("");
      c.io.out(table(["batch", "file", "read", "loaded", "duplicates", "quarantined"], batches.map((b) => [b.batch_id, b.file.split("/").at(-1) ?? b.file, Number(b.rows_read), Number(b.loaded), Number(b.duplicates), Number(b.quarantined)])));
    });
  program
    .command("rejects")
    .description("list quarantined rows with file, line and reason")
    .option("--batch <id>", "only this batch")
    .option("--limit <n>", "at most this many", "100")
    .option("--json", "print JSON")
    .action(async (opts: { batch?: string; limit: string; json?: boolean }) => {
      const c = ctx();
      const rows = await (await c.openStore()).rejects(opts.batch, Math.max(1, Number.parseInt(opts.limit, 10) || 100));
      if (opts.json) return c.io.out(JSON.stringify(rows, null, 2));
      c.io.out(table(["file", "line", "reason"], rows.map((r) => [r.file.split("/").at(-1) ?? r.file, Number(r.line), r.reason])));
    });
}
