/**
 * `resurgence watch --config watch.json [--once]`: on the config's cron schedule (UTC), sync its sources, run
 * detection for the watched pairs and send what is new (webhook, e-mail; the Atom feed follows the state).
 * The fields can also come from flags (`--watch IS:IRQ --webhook URL`); flags win over the file.
 */
import { dirname, join } from "node:path";
import { setTimeout as wait } from "node:timers/promises";
import type { Command } from "commander";
import { UsageError } from "../../errors.ts";
import { parseStoreSpec } from "../../store/index.ts";
import { nextRun, parseWatchFile, readWatchFile, resolveWatchConfig, runWatch, statePath, type WatchRun } from "../../watch/index.ts";
import type { Context } from "../context.ts";

interface WatchFlags {
  config?: string;
  once?: boolean;
  schedule?: string;
  watch?: string[];
  webhook?: string;
  lang?: string;
  dashboard?: string;
  state?: string;
  json?: boolean;
}

export interface WatchCliDeps {
  fetch: typeof globalThis.fetch;
  sleep: (ms: number) => Promise<void>;
}

/** `IS:IRQ` → { actor: "IS", country: "IRQ" }; `IS` alone watches every country where IS has events. */
function parsePair(s: string): { actor: string; country?: string } {
  const [actor, country] = s.split(":");
  if (!actor) throw new UsageError(`--watch "${s}" is not ACTOR or ACTOR:COUNTRIES`);
  return country ? { actor, country } : { actor };
}

function cacheRoot(db: string): string {
  const spec = parseStoreSpec(db);
  return spec.kind === "duckdb" && spec.path !== ":memory:" ? join(dirname(spec.path), "sync") : join("data", "sync");
}

export async function runWatchCommand(ctx: Context, flags: WatchFlags, deps: WatchCliDeps): Promise<void> {
  const file = flags.config ? (readWatchFile(flags.config) as Record<string, unknown>) : {};
  const merged = {
    ...file,
    ...(flags.schedule ? { schedule: flags.schedule } : {}),
    ...(flags.watch?.length ? { watch: flags.watch.map(parsePair) } : {}),
    ...(flags.webhook ? { webhook: { url: flags.webhook } } : {}),
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...(flags.dashboard ? { dashboard: flags.dashboard } : {}),
    ...(flags.state ? { state: flags.state } : {}),
  };
  const cfg = resolveWatchConfig(parseWatchFile(merged, flags.config ?? "the watch flags"), ctx.env);
  const store = await ctx.openStore("write"); // it syncs sources into the store, and creates it the first time
  const once = async (): Promise<WatchRun> => {
    const r = await runWatch(cfg, {
      store,
      registry: ctx.actors(),
      now: ctx.io.now,
      fetch: deps.fetch,
      sleep: deps.sleep,
      env: ctx.env,
      cacheRoot: cacheRoot(ctx.config.db),
      statePath: cfg.state ?? statePath(ctx.config.db),
      log: (l) => ctx.io.err(l),
    });
    if (flags.json) ctx.io.out(JSON.stringify({ synced: r.synced.map((s) => ({ version: s.version, loaded: s.ingest?.loaded ?? 0 })), gdelt: r.gdelt.map((g) => ({ files: g.files, cursor: g.cursor, loaded: g.ingested.reduce((a, i) => a + i.loaded, 0) })), current: r.current.map((n) => n.id), sent: r.sent }, null, 2));
    else ctx.io.out(`${ctx.io.now().toISOString()} watch: ${r.synced.length} UCDP versions and ${r.gdelt.reduce((a, g) => a + g.files, 0)} GDELT files synced; ${r.current.length} notices hold now, ${r.sent.length} new sent${r.sent.length ? `: ${r.sent.map((n) => n.id).join(", ")}` : ""}`);
    return r;
  };
  if (flags.once) {
    await once();
    return;
  }
  ctx.io.err(`watch: schedule "${cfg.schedule.source}" (UTC); watching ${cfg.watch.map((w) => `${w.actor}${w.country ? ` in ${w.country}` : ""}`).join(", ")}`);
  for (;;) {
    const at = nextRun(cfg.schedule, ctx.io.now());
    await deps.sleep(Math.max(0, at.getTime() - ctx.io.now().getTime()));
    try {
      await once();
    } catch (e) {
      // A failed run (source down, SMTP refusing) is reported and retried at the next scheduled time.
      ctx.io.err(`watch: run failed: ${(e as Error).message}`);
    }
  }
}

export function registerWatch(program: Command, ctx: () => Context, deps: WatchCliDeps = { fetch: globalThis.fetch, sleep: (ms) => wait(ms) }): void {
  program
    .command("watch")
    .description("on a cron schedule: sync sources, detect for watched actor × country pairs, notify what is new (webhook, e-mail, Atom feed)")
    .option("--config <file>", "a JSON watch configuration (schedule, lang, dashboard, sources, watch, webhook, email, state)")
    .option("--once", "run once now and exit (for cron or a systemd timer)")
    .option("--schedule <cron>", 'five-field cron expression, UTC (default "0 6 * * *")')
    .option("--watch <pairs...>", "ACTOR or ACTOR:COUNTRIES to watch, e.g. IS:IRQ IS:SYR")
    .option("--webhook <url>", "POST each notice here, signed with HMAC-SHA256 (secret in RESURGENCE_WEBHOOK_SECRET)")
    .option("--lang <en|nl>", "language of the notices")
    .option("--dashboard <url>", "the dashboard's address, for the links in notices")
    .option("--state <file>", "the state file (default: watch-state.json beside the store)")
    .option("--json", "print each run's result as JSON")
    .action(async (flags: WatchFlags) => runWatchCommand(ctx(), flags, deps));
}
