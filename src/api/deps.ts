/**
 * What the app is built from. Side effects (the store, the clock, the log, the PDF renderer, the web
 * bundle's folder) come in here so tests swap them; limits have defaults stated once.
 */
import type { Registry } from "../actors/index.ts";
import type { Config } from "../config.ts";
import type { Store } from "../store/index.ts";
import type { AnswerCache } from "./cache.ts";

export interface Limits {
  /** Largest page of events one request may ask for. */
  maxPageSize: number;
  /** Most points the map endpoint returns; more events are sampled evenly through the period. */
  maxMapPoints: number;
  /** Points the map gets when it does not ask (the store reads ~1 ms per event). */
  defaultMapPoints: number;
  /** Largest request body for every route except ingest. */
  maxBodyBytes: number;
  /** Largest file ingest accepts. */
  maxUploadBytes: number;
  /** Longest article the claim checker reads. */
  maxTextChars: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxPageSize: 1000,
  maxMapPoints: 5000,
  defaultMapPoints: 2000,
  maxBodyBytes: 256 * 1024,
  maxUploadBytes: 256 * 1024 * 1024,
  maxTextChars: 20_000,
};

import type { PdfRenderer } from "../report/index.ts";

export type { PdfRenderer };

export interface AppDeps {
  store: Store;
  config: Config;
  registry?: Registry;
  /** The built dashboard (web/dist); null or absent: the API only. */
  webDist?: string | null;
  limits?: Partial<Limits>;
  /** Folder for uploaded files while they are ingested; default the OS temp folder. */
  tmpDir?: string;
  pdf?: PdfRenderer;
  log?: (line: string) => void;
  now?: () => Date;
  /** Host names the server answers for (DNS-rebinding guard); undefined: any. */
  allowedHosts?: string[];
}

/** AppDeps with every default filled in. */
export interface Deps extends Required<Omit<AppDeps, "webDist" | "pdf" | "limits" | "allowedHosts">> {
  allowedHosts: string[] | undefined;
  webDist: string | null;
  pdf: PdfRenderer | null;
  limits: Limits;
  /** Costly answers, cleared by every ingest. */
  cache: AnswerCache<unknown>;
}
