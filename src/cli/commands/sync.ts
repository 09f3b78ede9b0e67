/**
 * `resurgence sync ucdp --version 25.1 --country 652,645 --from 2023-01-01 [--candidate 25.0.9] ...`: fetch GED
 * events from the UCDP API, resumably (pages cached in sync/ beside the store), and ingest them. One summary
 * line per version. The token comes from --token or UCDP_ACCESS_TOKEN, read here at the CLI's edge.
 */
import { dirname, join } from "node:path";
import { setTimeout as wait } from "node:timers/promises";
import type { Command } from "commander";
import type { Env } from "../../config.ts";
import { syncUcdp, type SyncReport } from "../../ingest/index.ts";
import { DEFAULT_BASE_URL, DEFAULT_RETRY, parseSyncOptions, type SyncFlags } from "../../sources/ucdp-api/index.ts";
import { parseStoreSpec } from "../../store/index.ts";
import type { Context } from "../context.ts";
import { progressBar } from "../progress.ts";
import { formatSyncReport } from "../summary.ts";
import { cliWords, parseLang } from "../words.ts";

export interface SyncCliDeps {
  env: Env;
  fetch: typeof globalThis.fetch;
}

/** `sync/` beside a DuckDB store; ./data/sync for a server store. */
function cacheRoot(db: string): string {
  const spec = parseStoreSpec(db);
  return spec.kind === "duckdb" && spec.path !== ":memory:" ? join(dirname(spec.path), "sync") : join("data", "sync");
}

export async function runSyncUcdp(ctx: Context, flags: SyncFlags & { json?: boolean; lang?: string }, deps: SyncCliDeps): Promise<SyncReport[]> {
  const w = cliWords(parseLang(flags.lang));
  const options = parseSyncOptions(flags, { ...deps.env, ...(ctx.env.UCDP_ACCESS_TOKEN ? { UCDP_ACCESS_TOKEN: ctx.env.UCDP_ACCESS_TOKEN } : {}) });
  const store = await ctx.openStore("write");
  const draw = ctx.io.isTTY && !flags.json;
  let bar: { label: string; draw: ReturnType<typeof progressBar> } | undefined;
  const clear = () => {
    bar?.draw.done();
    bar = undefined;
  };
  const show = (label: string, fraction: number, stage: string) => {
    if (bar?.label !== label) {
      clear();
      bar = { label, draw: progressBar(ctx.io.err, label) };
    }
    bar.draw.update(fraction, stage);
  };
  try {
    const reports = await syncUcdp(store, options, {
      cacheRoot: cacheRoot(ctx.config.db),
      fetch: deps.fetch,
      sleep: (ms) => wait(ms),
      now: ctx.io.now,
      registry: ctx.actors(),
      retry: DEFAULT_RETRY,
      onRetry: (message) => {
        clear();
        ctx.io.err(w.m.sync.retry(message));
      },
      onPages: (version, done, total) => (draw ? show(`ucdp ${version}`, done / total, `${done}/${total}`) : undefined),
      onIngestProgress: (version) => (draw ? (fraction, stage) => show(`ingest ${version}`, fraction, stage) : undefined),
      onReport: (r) => {
        clear();
        if (!flags.json) ctx.io.out(formatSyncReport(r, w));
        for (const warning of r.warnings) ctx.io.err(`${w.m.warning}: ${warning}`);
      },
    });
    if (flags.json) ctx.io.out(JSON.stringify(reports, null, 2));
    return reports;
  } finally {
    clear();
  }
}

export function registerSync(program: Command, ctx: () => Context, deps: SyncCliDeps = { env: process.env, fetch: globalThis.fetch }): void {
  const sync = program.command("sync").description("fetch events from a source's API into the store, resumably");
  sync
    .command("ucdp")
    .description("fetch UCDP GED events from the UCDP API (an annual release, optionally a candidate release after it) and ingest them")
    .requiredOption("--version <version>", "the annual GED release, e.g. 25.1")
    .requiredOption("--country <codes>", "Gleditsch-Ward country codes, comma-separated (652 Syria, 645 Iraq)")
    .requiredOption("--from <date>", "first day, YYYY-MM-DD")
    .option("--to <date>", "last day, YYYY-MM-DD (default: the release's end)")
    .option("--candidate <version>", "a candidate release to merge after the annual one, e.g. 25.0.9")
    .option("--annual-end <date>", "the annual release's last covered day (default: its latest event's date_end for this query)")
    .option("--token <token>", "UCDP API access token (env UCDP_ACCESS_TOKEN)")
    .option("--base-url <url>", "the API's base URL", DEFAULT_BASE_URL)
    .option("--fresh", "discard the pages fetched before and start over")
    .option("--lang <en|nl>", "language of the reports: en or nl")
    .option("--json", "print the reports as JSON")
    .action(async (flags: SyncFlags & { json?: boolean; lang?: string }) => {
      await runSyncUcdp(ctx(), flags, deps);
    });
}
