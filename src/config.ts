/**
 * Loose configuration (flags and environment) normalised once into one strict Config. Nothing below the
 * CLI or the server reads process.env: they receive this.
 *
 * resolveConfig fails only on what every command needs. A setting one command alone uses (the API token,
 * which only the server's write routes read) is kept as given and checked by that command through its own
 * function (apiTokenFrom), so a bad token stops `serve` with one line and never `compare --counts`.
 */
import { z } from "zod";
import { UsageError } from "./errors.ts";
import { DEFAULT_DB } from "./store/index.ts";

/** The shortest API token accepted: a bearer token guessable in a few tries protects nothing. */
export const API_TOKEN_MIN_LENGTH = 16;

export const Config = z.object({
  /** A DuckDB file path or a clickhouse:// URL. */
  db: z.string().min(1, "must not be empty"),
  /** Extra actor registry files merged over the bundled one. */
  actorFiles: z.array(z.string()),
  debug: z.boolean(),
  /** RESURGENCE_API_TOKEN as given, unchecked; read it through apiTokenFrom. Undefined: writes are refused. */
  apiToken: z.string().min(1).optional(),
  /** RESURGENCE_MEMORY_LIMIT: the store's buffer memory ("2GB", "512MB"); undefined: a quarter of the machine's. */
  memoryLimit: z.string().regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'must be a size such as "2GB" or "512MB"').optional(),
});
export type Config = z.infer<typeof Config>;

export interface ConfigFlags {
  db?: string;
  store?: string;
  actors?: string[];
  debug?: boolean;
}

export type Env = Record<string, string | undefined>;

/** Flags win over the environment, the environment over defaults; a variable set to "" counts as unset. */
export function resolveConfig(flags: ConfigFlags, env: Env): Config {
  const fromEnvActors = env.RESURGENCE_ACTORS ? env.RESURGENCE_ACTORS.split(":").filter(Boolean) : [];
  const parsed = Config.safeParse({
    db: flags.store ?? flags.db ?? (env.RESURGENCE_STORE || env.RESURGENCE_DB || DEFAULT_DB),
    actorFiles: [...fromEnvActors, ...(flags.actors ?? [])],
    debug: flags.debug ?? env.RESURGENCE_DEBUG === "1",
    apiToken: env.RESURGENCE_API_TOKEN || undefined,
    memoryLimit: env.RESURGENCE_MEMORY_LIMIT || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const memory = issue?.path[0] === "memoryLimit";
    throw new UsageError(
      `invalid configuration: ${memory ? "RESURGENCE_MEMORY_LIMIT" : issue?.path.join(".") || "config"}: ${issue?.message ?? "invalid"}`,
      memory ? 'set it to a size such as "2GB", or unset it for a quarter of the machine\'s memory' : "--db and --store take a file path or a clickhouse:// URL",
    );
  }
  return parsed.data;
}

/**
 * The token the server's write routes require, or undefined when none is set (writes are then refused).
 * Called where the token is used (the server), never by resolveConfig, so only those commands fail on it.
 *
 * @throws UsageError (exit 2) naming RESURGENCE_API_TOKEN when the token is too short or holds whitespace.
 * @example
 * requireToken(apiTokenFrom(deps.config)); // in a write route: createApp, and so `serve`, fails at start
 */
export function apiTokenFrom(config: Pick<Config, "apiToken">): string | undefined {
  const token = config.apiToken;
  if (token === undefined) return undefined;
  if (token.length < API_TOKEN_MIN_LENGTH) {
    throw new UsageError(`RESURGENCE_API_TOKEN is ${token.length} characters; it must be at least ${API_TOKEN_MIN_LENGTH}`, "set a longer token, or unset it to refuse writes");
  }
  // A bearer header cannot carry whitespace, so such a token could never be presented.
  if (/\s/.test(token)) throw new UsageError("RESURGENCE_API_TOKEN contains whitespace, which an Authorization header cannot carry", "set a token without spaces, or unset it to refuse writes");
  return token;
}
