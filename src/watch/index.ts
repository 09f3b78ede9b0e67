/**
 * The watch: on a cron schedule, sync the configured sources, run detection for the watched actor × country
 * pairs, and tell people what is new — a signed JSON webhook, e-mail through SMTP, and the Atom feed the API
 * serves at /api/alerts.atom — once per alarm run or regrouping, remembered in a state file beside the store.
 */
export { parseCron, nextRun, type Cron } from "./cron.ts";
export { parseWatchFile, readWatchFile, resolveWatchConfig, WatchFile, type WatchConfig } from "./config.ts";
export { noticesOf, dashboardLink, RECENT_MONTHS, type Lang, type Notice } from "./notices.ts";
export { renderNotice } from "./messages.ts";
export { postWebhook, sign, verifySignature, SIGNATURE_HEADER } from "./webhook.ts";
export { sendEmail, type SmtpSettings } from "./email.ts";
export { atomFeed } from "./atom.ts";
export { loadState, readState, statePath, writeState, type SentNotice, type WatchState } from "./state.ts";
export { parseFileList, syncGdelt, type GdeltFile, type GdeltSyncReport } from "./gdelt.ts";
export { runWatch, type WatchDeps, type WatchRun } from "./run.ts";
