/** `resurgence ingest FILE... [--dataset D] [--dataset-version V] [--covers FROM..TO]`: load files into the store. */
import type { Command } from "commander";
import { ingestFile, parseCovers, parseRawForm, type IngestSummary } from "../../ingest/index.ts";
import { isResurgenceError, withMoreHint } from "../../errors.ts";
import type { Context } from "../context.ts";
import { progressBar } from "../progress.ts";
import { ingestThroughServer } from "../remote-ingest.ts";
import { formatSummary } from "../summary.ts";
import { cliWords, parseLang, type CliWords } from "../words.ts";

export interface IngestOptions {
  dataset?: string;
  datasetVersion?: string;
  /** `--covers FROM..TO`: the days the files cover, declared (parsed with parseCovers). */
  covers?: string;
  /** `--raw delivered|parquet`: how a plain CSV file's records are kept (parsed with parseRawForm). */
  raw?: string;
  /** `--lang en|nl`: the summary's words. */
  lang?: string;
  json?: boolean;
}

/** Each file is all or nothing and the run stops at the first refused one: the error says which were not tried. */
function notAttempted(e: unknown, rest: string[], loaded: number, w: CliWords): unknown {
  if (rest.length === 0 || !isResurgenceError(e)) return e;
  return withMoreHint(e, `${loaded > 0 ? w.m.ingest.before(loaded) : ""}${w.m.ingest.notAttempted(rest.join(", "))}`);
}

export async function runIngest(ctx: Context, files: string[], opts: IngestOptions): Promise<IngestSummary[]> {
  // While a server holds the store, the files go through its upload (see src/cli/remote-ingest.ts).
  const covers = opts.covers === undefined ? undefined : parseCovers(opts.covers);
  const raw = opts.raw === undefined ? undefined : parseRawForm(opts.raw);
  const w = cliWords(parseLang(opts.lang));
  const server = ctx.server();
  if (server) return ingestThroughServer(server, files, opts, ctx.io.out, (s) => formatSummary(s, w));
  const store = await ctx.openStore("write");
  const out: IngestSummary[] = [];
  for (const [i, file] of files.entries()) {
    const bar = ctx.io.isTTY && !opts.json ? progressBar(ctx.io.err, file.split("/").at(-1) ?? file) : undefined;
    try {
      const summary = await ingestFile(store, { file, dataset: opts.dataset, datasetVersion: opts.datasetVersion, covers, raw, onProgress: bar?.update, lang: w.lang }, { registry: ctx.actors(), now: ctx.io.now });
      out.push(summary);
      bar?.done();
      if (!opts.json) ctx.io.out(formatSummary(summary, w));
    } catch (e) {
      bar?.done();
      throw notAttempted(e, files.slice(i + 1), out.length, w);
    }
  }
  if (opts.json) ctx.io.out(JSON.stringify(out, null, 2));
  return out;
}

export function registerIngest(program: Command, ctx: () => Context): void {
  program
    .command("ingest")
    .description("load event files (UCDP GED CSV/JSON, GDELT, ACLED, GTD exports) into the store; each file all or nothing")
    .argument("<files...>", "files to load (.csv, .json, .gz)")
    .option("--dataset <name>", "say what the files are instead of detecting it (ucdp-ged, gdelt, acled, gtd)")
    .option("--dataset-version <version>", "the dataset version, e.g. 25.1 (default: what the layout implies)")
    .option("--covers <from..to>", "the days the files cover, e.g. 2010-01-01..2010-12-31 or 2010 (default: each country's first to last event, marked inferred)")
    .option("--raw <form>", "how a plain CSV file's rows are kept: delivered (the file as it is, the fastest ingest; the store takes its size again) or parquet (about a tenth of that, ingest about 1.4x as long)")
    .option("--lang <en|nl>", "language of the summaries: en or nl")
    .option("--json", "print the summaries as JSON")
    .action(async (files: string[], opts: IngestOptions) => {
      await runIngest(ctx(), files, opts);
    });
}
