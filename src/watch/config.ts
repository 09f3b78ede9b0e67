/**
 * The watch's configuration: a JSON file (or the same fields from flags), parsed once into a strict type.
 * Secrets are never in the file: it names the environment variables that hold them, read at the CLI's edge.
 *
 * @example
 * { "schedule": "0 6 * * *", "lang": "nl", "dashboard": "https://example.org/",
 *   "sources": [{ "kind": "ucdp", "version": "25.1", "candidate": "25.0.9", "country": "652,645", "from": "2023-01-01" }],
 *   "watch": [{ "actor": "IS", "country": "IRQ" }, { "actor": "IS", "country": "SYR" }],
 *   "webhook": { "url": "https://example.org/hook", "secret_env": "RESURGENCE_WEBHOOK_SECRET" },
 *   "email": { "host": "smtp.example.org", "port": 587, "from": "watch@example.org", "to": ["desk@example.org"], "user_env": "SMTP_USER", "password_env": "SMTP_PASSWORD" } }
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { InputError, UsageError } from "../errors.ts";
import { parseCron, type Cron } from "./cron.ts";

const UcdpSource = z.strictObject({
  kind: z.literal("ucdp"),
  version: z.string(),
  candidate: z.string().optional(),
  country: z.string().describe("Gleditsch-Ward codes, comma-separated (652 Syria, 645 Iraq)"),
  from: z.string(),
  to: z.string().optional(),
  annual_end: z.string().optional(),
  base_url: z.url().optional(),
  token_env: z.string().default("UCDP_ACCESS_TOKEN"),
});

const GdeltSource = z
  .strictObject({
    kind: z.literal("gdelt"),
    url: z.url().optional().describe("a file list in GDELT's format, e.g. http://data.gdeltproject.org/gdeltv2/lastupdate.txt"),
    dir: z.string().optional().describe("or a local directory of *.export.CSV.zip files"),
    name: z.string().default("gdelt").describe("the key of this source's cursor in the state"),
  })
  .refine((s) => (s.url === undefined) !== (s.dir === undefined), "give a gdelt source either url or dir");

export const WatchFile = z.strictObject({
  schedule: z.string().default("0 6 * * *").describe("cron, UTC"),
  lang: z.enum(["en", "nl"]).default("en"),
  dashboard: z.url().default("http://localhost:8080/"),
  sources: z.array(z.union([UcdpSource, GdeltSource])).default([]),
  watch: z.array(z.strictObject({ actor: z.string().min(1), country: z.string().optional(), dataset: z.string().optional().describe("default ucdp-ged") })).min(1, "name at least one actor to watch"),
  webhook: z.strictObject({ url: z.url(), secret_env: z.string().default("RESURGENCE_WEBHOOK_SECRET") }).optional(),
  email: z
    .strictObject({
      host: z.string().min(1),
      port: z.number().int().min(1).max(65535).default(587),
      secure: z.boolean().default(false),
      from: z.string().min(3),
      to: z.array(z.string().min(3)).min(1),
      user_env: z.string().optional(),
      password_env: z.string().optional(),
    })
    .optional(),
  state: z.string().optional().describe("the state file (default: watch-state.json beside the store)"),
});
export type WatchFile = z.infer<typeof WatchFile>;

/** The configuration with its schedule parsed and its secrets resolved from the environment. */
export interface WatchConfig extends Omit<WatchFile, "schedule" | "webhook" | "email"> {
  schedule: Cron;
  webhook?: { url: string; secret: string };
  email?: Omit<NonNullable<WatchFile["email"]>, "user_env" | "password_env"> & { user?: string; password?: string };
}

/** Reads and checks a config file; a bad field is one line naming it. */
export function readWatchFile(path: string): WatchFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new InputError(`${path} is not a readable JSON file: ${(e as Error).message}`, { file: path });
  }
  return parseWatchFile(raw, path);
}

export function parseWatchFile(raw: unknown, where = "the watch configuration"): WatchFile {
  const parsed = WatchFile.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new UsageError(`${where}: ${issue.path.join(".") || "(top)"}: ${issue.message}`, "see resurgence watch --help for the fields");
}

/** Parses the schedule and reads the secrets the file names from `env`. */
export function resolveWatchConfig(f: WatchFile, env: Record<string, string | undefined>): WatchConfig {
  const secret = f.webhook ? env[f.webhook.secret_env] : undefined;
  if (f.webhook && !secret) throw new UsageError(`the webhook needs a secret in the environment variable ${f.webhook.secret_env}`, "set it to a long random string shared with the receiver");
  const { user_env, password_env, ...email } = f.email ?? ({} as NonNullable<WatchFile["email"]>);
  return {
    ...f,
    schedule: parseCron(f.schedule),
    webhook: f.webhook && secret ? { url: f.webhook.url, secret } : undefined,
    email: f.email ? { ...email, user: user_env ? env[user_env] : undefined, password: password_env ? env[password_env] : undefined } : undefined,
  };
}
