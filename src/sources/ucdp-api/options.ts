/**
 * `resurgence sync ucdp` flags and environment, parsed once into a strict SyncOptions, and the API query each
 * synced version asks. Versions, countries and dates are checked here, so the URL built from them needs no
 * further escaping.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { UsageError } from "../../errors.ts";
import { isCalendarDay } from "./day.ts";

/** The UCDP API; `--base-url` points elsewhere (a mirror, or a replay server in tests). */
export const DEFAULT_BASE_URL = "https://ucdpapi.pcr.uu.se/api";
/** The most the API serves per page. */
export const PAGE_SIZE = 1000;

const Version = z.string().regex(/^\d{1,2}\.\d{1,2}(\.\d{1,2})?$/, "is not a UCDP version like 25.1 or 25.0.9");
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "is not a date in YYYY-MM-DD form")
  .refine(isCalendarDay, "is not a calendar date");
const Countries = z
  .string()
  .regex(/^\s*\d{1,4}(\s*,\s*\d{1,4})*\s*$/, "is not a list of Gleditsch-Ward country codes like 652,645")
  .transform((s) => [...new Set(s.split(",").map((c) => Number(c.trim())))].sort((a, b) => a - b));
const BaseUrl = z
  .url()
  .refine((u) => /^https?:\/\//i.test(u), "is not an http(s) URL")
  .transform((u) => u.replace(/\/+$/, ""));

export const SyncOptions = z
  .object({
    /** The annual release, e.g. 25.1. */
    version: Version.refine((v) => !/^\d+\.0\.\d+$/.test(v), "is a candidate release: pass it as --candidate, with the annual release as --version"),
    /** A candidate release merged after the annual one, e.g. 25.0.9. */
    candidate: Version.optional(),
    countries: Countries,
    from: Day,
    to: Day.optional(),
    /** The annual release's last covered day, when the fetched annual events cannot tell it. */
    annualEnd: Day.optional(),
    token: z.string().min(1).optional(),
    baseUrl: BaseUrl,
    fresh: z.boolean(),
  })
  .refine((o) => !o.to || o.from <= o.to, { message: "is before --from", path: ["to"] })
  .refine((o) => o.candidate !== o.version, { message: "is the same as --version", path: ["candidate"] });
export type SyncOptions = z.infer<typeof SyncOptions>;

/** The flags as commander gives them. */
export interface SyncFlags {
  version?: string;
  candidate?: string;
  country?: string;
  from?: string;
  to?: string;
  annualEnd?: string;
  token?: string;
  baseUrl?: string;
  fresh?: boolean;
}

const FLAG: Record<string, string> = { countries: "--country", annualEnd: "--annual-end", baseUrl: "--base-url" };

/** Flags win over the environment (UCDP_ACCESS_TOKEN); a bad value is a one-line UsageError naming the flag. */
/** `env` is the environment the CLI was given (config.ts passes it down; a source reads no process.env). */
export function parseSyncOptions(flags: SyncFlags, env: Record<string, string | undefined>): SyncOptions {
  const parsed = SyncOptions.safeParse({
    version: flags.version,
    candidate: flags.candidate,
    countries: flags.country,
    from: flags.from,
    to: flags.to,
    annualEnd: flags.annualEnd,
    token: flags.token || env.UCDP_ACCESS_TOKEN || undefined,
    baseUrl: flags.baseUrl ?? DEFAULT_BASE_URL,
    fresh: flags.fresh ?? false,
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? "");
  const flag = FLAG[key] ?? `--${key}`;
  throw new UsageError(`${flag} ${issue?.message ?? "is invalid"}`, "see resurgence sync ucdp --help");
}

/** What one version's sync asks the API; its hash names the cache folder. */
export interface UcdpQuery {
  version: string;
  countries: number[];
  from: string;
  to?: string;
  pageSize: number;
}

export function queryFor(version: string, o: SyncOptions): UcdpQuery {
  return { version, countries: o.countries, from: o.from, ...(o.to ? { to: o.to } : {}), pageSize: PAGE_SIZE };
}

/** A short stable hash of the query (not of the base URL or token: a mirror serves the same pages). */
export function queryKey(q: UcdpQuery): string {
  const canonical = JSON.stringify([q.version, q.countries, q.from, q.to ?? null, q.pageSize]);
  return createHash("sha256").update(canonical).digest("hex").slice(0, 12);
}

/** The URL of one 0-based page; every part was validated above. */
export function pageUrl(baseUrl: string, q: UcdpQuery, page: number): string {
  const end = q.to ? `&EndDate=${q.to}` : "";
  return `${baseUrl}/gedevents/${q.version}?pagesize=${q.pageSize}&page=${page}&Country=${q.countries.join(",")}&StartDate=${q.from}${end}`;
}
