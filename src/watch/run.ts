/**
 * One watch run: sync the configured sources into the store (the UCDP API; GDELT's 15-minute files after the
 * cursor the state keeps), ask `detect` for every watched actor × country,
 * and send each notice not sent before — to the webhook and by e-mail — recording it in the state file only
 * once every channel took it (a failed channel means the notice is tried again next run). The Atom feed is the
 * state file's notices.
 */
import type { Registry } from "../actors/index.ts";
import { syncUcdp, type SyncReport } from "../ingest/index.ts";
import { Answerer, detectQuestion } from "../questions/index.ts";
import { DEFAULT_RETRY, parseSyncOptions } from "../sources/ucdp-api/index.ts";
import type { Store } from "../store/index.ts";
import type { WatchConfig } from "./config.ts";
import { sendEmail } from "./email.ts";
import { noticesOf, type Notice } from "./notices.ts";
import { syncGdelt, type GdeltSyncReport } from "./gdelt.ts";
import { loadState, writeState } from "./state.ts";
import { postWebhook } from "./webhook.ts";

export interface WatchDeps {
  store: Store;
  registry: Registry;
  now: () => Date;
  fetch: typeof globalThis.fetch;
  sleep: (ms: number) => Promise<void>;
  env: Record<string, string | undefined>;
  /** Where the UCDP sync keeps its pages. */
  cacheRoot: string;
  statePath: string;
  log: (line: string) => void;
}

export interface WatchRun {
  synced: SyncReport[];
  gdelt: GdeltSyncReport[];
  /** Every notice the data hold now. */
  current: Notice[];
  /** Those sent in this run. */
  sent: Notice[];
}

export async function runWatch(cfg: WatchConfig, deps: WatchDeps): Promise<WatchRun> {
  const synced: SyncReport[] = [];
  const gdelt: GdeltSyncReport[] = [];
  const state = loadState(deps.statePath);
  for (const s of cfg.sources) {
    switch (s.kind) {
      case "ucdp": {
        const options = parseSyncOptions({ version: s.version, candidate: s.candidate, country: s.country, from: s.from, to: s.to, annualEnd: s.annual_end, baseUrl: s.base_url, fresh: true, token: deps.env[s.token_env] }, {});
        synced.push(...(await syncUcdp(deps.store, options, { cacheRoot: deps.cacheRoot, fetch: deps.fetch, sleep: deps.sleep, now: deps.now, registry: deps.registry, retry: DEFAULT_RETRY })));
        break;
      }
      case "gdelt": {
        const r = await syncGdelt(s, state.cursors[s.name], deps);
        if (r.cursor) state.cursors[s.name] = r.cursor;
        writeState(deps.statePath, state);
        gdelt.push(r);
        break;
      }
      default:
        throw new Error(`unknown source kind ${(s as { kind: string }).kind}`);
    }
  }
  const answerer = new Answerer({ store: deps.store, registry: deps.registry, now: deps.now });
  const current: Notice[] = [];
  for (const w of cfg.watch) {
    const d = await answerer.answer(detectQuestion, detectQuestion.input.parse({ actor: w.actor, ...(w.country ? { country: w.country } : {}), ...(w.dataset ? { dataset: w.dataset } : {}) }));
    current.push(...noticesOf(d, cfg.dashboard, cfg.lang));
  }
  const seen = new Set(state.sent.map((s) => s.notice.id));
  const sent: Notice[] = [];
  for (const n of current.filter((c) => !seen.has(c.id))) {
    if (cfg.webhook) await postWebhook(n, { ...cfg.webhook, lang: cfg.lang }, deps.fetch);
    if (cfg.email) await sendEmail(n, cfg.email, cfg.lang);
    state.sent = [{ notice: n, sent_at: deps.now().toISOString() }, ...state.sent];
    writeState(deps.statePath, state);
    sent.push(n);
    deps.log(`sent ${n.id}`);
  }
  return { synced, gdelt, current, sent };
}
