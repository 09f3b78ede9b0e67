/**
 * Loose configuration (flags and environment) normalised once into one strict Config. Nothing below the
 * CLI or the server reads process.env: they receive this.
 */
import { z } from "zod";
import { DEFAULT_DB } from "./store/index.ts";

export const Config = z.object({
  /** A DuckDB file path or a clickhouse:// URL. */
  db: z.string().min(1),
  /** Extra actor registry files merged over the bundled one. */
  actorFiles: z.array(z.string()),
  debug: z.boolean(),
  /** Bearer token that write endpoints require; undefined: writes are refused. */
  apiToken: z.string().min(16).optional(),
});
export type Config = z.infer<typeof Config>;

export interface ConfigFlags {
  db?: string;
  store?: string;
  actors?: string[];
  debug?: boolean;
}

export type Env = Record<string, string | undefined>;

/** Flags win over the environment, the environment over defaults. */
export function resolveConfig(flags: ConfigFlags, env: Env): Config {
  const fromEnvActors = env.RESURGENCE_ACTORS ? env.RESURGENCE_ACTORS.split(":").filter(Boolean) : [];
  return Config.parse({
    db: flags.store ?? flags.db ?? env.RESURGENCE_STORE ?? env.RESURGENCE_DB ?? DEFAULT_DB,
    actorFiles: [...fromEnvActors, ...(flags.actors ?? [])],
    debug: flags.debug ?? env.RESURGENCE_DEBUG === "1",
    apiToken: env.RESURGENCE_API_TOKEN || undefined,
  });
}
