/**
 * What every command receives: the resolved config, where to write, and a lazily opened store that is
 * closed once at the end. Side effects come in here so tests can swap them.
 */
import { loadRegistry, type Registry } from "../actors/index.ts";
import type { Config } from "../config.ts";
import { openStore, parseStoreSpec, type Store } from "../store/index.ts";
import { heldByServer } from "./remote.ts";
import { liveServer, type RunFile } from "./run-file.ts";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  isTTY: boolean;
  now: () => Date;
  /** The whole of standard input, for commands given "-" as a file. */
  stdin: () => Promise<string>;
}

/** What a command does with the store: "read" never creates one (see Context.openStore). */
export type StoreAccess = "read" | "write";

export class Context {
  private store?: Store;
  private registry?: Registry;
  constructor(
    readonly config: Config,
    readonly io: Io,
    /** The environment main() was given, for the few flags that fall back to it at the CLI's edge (tokens). */
    readonly env: Record<string, string | undefined> = {},
    /** A store opened by the caller (tests that ask the CLI and the API the same store); never closed here. */
    private readonly given?: Store,
  ) {}

  actors(): Registry {
    this.registry ??= loadRegistry(this.config.actorFiles);
    return this.registry;
  }

  /** The live server holding this store (its run file), if any; never for a store given by the caller. */
  server(): RunFile | null {
    return this.given || this.store ? null : liveServer(this.config.db);
  }

  /**
   * The store, opened once. A "read" (the default) never creates a store at a mistyped path and opens one this
   * user may not write read-only; only the commands that write (ingest, demo, sync, serve, reported add and
   * import) ask for "write", which creates the store when there is none. While a server holds the store, the
   * store is refused here (questions and ingests go through the server instead).
   */
  async openStore(access: StoreAccess = "read"): Promise<Store> {
    if (this.given) return this.given;
    if (!this.store) {
      const server = this.server();
      if (server) throw heldByServer(server);
    }
    // A read may have opened the store read-only; a write in the same command reopens it for writing.
    if (this.store && access === "write" && this.access === "read") await this.close();
    if (!this.store) {
      this.store = await openStore(parseStoreSpec(this.config.db), { now: this.io.now, mustExist: access === "read", memoryLimit: this.config.memoryLimit });
      this.access = access;
    }
    return this.store;
  }

  private access: StoreAccess = "read";

  async close(): Promise<void> {
    await this.store?.close();
    this.store = undefined;
  }
}
