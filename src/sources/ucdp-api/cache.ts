/**
 * The sync cache: one folder per version and query (`ucdp-<version>-<query hash>/`) beside the store, holding
 * each page exactly as the API sent it (`page-0007.json`) and `state.json` with the totals page 0 announced.
 * Files are written to a temporary name and renamed, so a killed sync leaves whole pages or none.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { parsePage, type ApiPage } from "./response.ts";
import { queryKey, type UcdpQuery } from "./options.ts";

export const SyncState = z.object({
  query: z.object({
    version: z.string(),
    countries: z.array(z.number()),
    from: z.string(),
    to: z.string().optional(),
    pageSize: z.number(),
  }),
  totalCount: z.number().int().min(0),
  totalPages: z.number().int().min(0),
  startedAt: z.string(),
});
export type SyncState = z.infer<typeof SyncState>;

export function cacheDir(root: string, q: UcdpQuery): string {
  return join(root, `ucdp-${q.version}-${queryKey(q)}`);
}

const pageFile = (dir: string, page: number) => join(dir, `page-${String(page).padStart(4, "0")}.json`);

async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}

export class PageCache {
  constructor(readonly dir: string) {}

  /** Makes sure the folder exists. */
  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    // Leftovers of a write that was killed before its rename.
    for (const f of await readdir(this.dir)) if (f.endsWith(".tmp")) await rm(join(this.dir, f), { force: true });
  }

  /** Empties the folder (--fresh, once the API has answered page 0). */
  async clear(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
    await mkdir(this.dir, { recursive: true });
  }

  /** The saved state, or undefined when there is none or it belongs to another query. */
  async state(q: UcdpQuery): Promise<SyncState | undefined> {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(join(this.dir, "state.json"), "utf8"));
    } catch {
      return undefined;
    }
    const parsed = SyncState.safeParse(json);
    if (!parsed.success || queryKey(parsed.data.query) !== queryKey(q)) return undefined;
    return parsed.data;
  }

  async saveState(s: SyncState): Promise<void> {
    await writeAtomic(join(this.dir, "state.json"), JSON.stringify(s, null, 2) + "\n");
  }

  /** A saved page, or undefined when it is missing or unreadable (it is then fetched again). */
  async page(n: number): Promise<ApiPage | undefined> {
    let text: string;
    try {
      text = await readFile(pageFile(this.dir, n), "utf8");
    } catch {
      return undefined;
    }
    const page = parsePage(text);
    return page === undefined || page instanceof Error ? undefined : page;
  }

  async savePage(n: number, text: string): Promise<void> {
    await writeAtomic(pageFile(this.dir, n), text);
  }
}
