/**
 * What the app is built from. Side effects (the store, the clock, the log, the PDF renderer, the web
 * bundle's folder) come in here so tests swap them; limits have defaults stated once.
 */
import { availableParallelism } from "node:os";
import type { Registry } from "../actors/index.ts";
import type { Config } from "../config.ts";
import type { Store } from "../store/index.ts";
import type { Answerer } from "../questions/index.ts";

/** The server's own bounds; the bounds of answers (pages, map points, article length) are the questions'. */
export interface Limits {
  /** Largest request body for every route except ingest. */
  maxBodyBytes: number;
  /** Largest file ingest accepts. */
  maxUploadBytes: number;
  /** API requests worked on at once (load shedding, shed.ts). */
  maxConcurrent: number;
  /** API requests that may wait for a turn; past them, 503 at once. */
  maxQueued: number;
  /** The longest an API request waits for a turn before its 503. */
  maxQueueMs: number;
  /** The longest an API request waits for its answer before its 503 (uploads and briefings exempt). */
  maxWaitMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBodyBytes: 256 * 1024,
  maxUploadBytes: 256 * 1024 * 1024,
  // A few DuckDB queries at once keep the cores busy; more only make each one slower.
  maxConcurrent: Math.max(2, availableParallelism()),
  maxQueued: 64,
  maxQueueMs: 1000,
  // Under the 5 s a client may be kept waiting (issue 13), with room for the answer to travel.
  maxWaitMs: 4000,
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
  /** This run's secret (from its run file): accepted as a write token besides the configured one. */
  localToken?: string;
}

/** AppDeps with every default filled in. */
export interface Deps extends Required<Omit<AppDeps, "webDist" | "pdf" | "limits" | "allowedHosts" | "localToken">> {
  allowedHosts: string[] | undefined;
  localToken: string | undefined;
  webDist: string | null;
  pdf: PdfRenderer | null;
  limits: Limits;
  /** Asks the questions, with the one caching policy. */
  answerer: Answerer;
}
