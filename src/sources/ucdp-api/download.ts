/**
 * Downloads every page of one version's query into its cache folder, resuming where a previous run stopped:
 * page 0 tells the totals (saved in state.json), then each page not yet on disk is fetched, in order. A page
 * whose totals differ from page 0's means the API's answer changed mid-sync: the sync stops rather than mix
 * two answers.
 */
import { cacheDir, PageCache } from "./cache.ts";
import { fetchPage, type HttpDeps } from "./http.ts";
import { pageUrl, type UcdpQuery } from "./options.ts";
import type { ApiPage } from "./response.ts";
import { missingToken, UpstreamError } from "./upstream-error.ts";

export interface DownloadRequest {
  query: UcdpQuery;
  baseUrl: string;
  token?: string;
  fresh: boolean;
  /** Where the per-query cache folders live (data/sync beside the store). */
  cacheRoot: string;
}

export interface DownloadDeps extends HttpDeps {
  /** Pages on disk so far, of the total: for a progress bar. */
  onPages?: (done: number, total: number) => void;
}

export interface Downloaded {
  cache: PageCache;
  totalCount: number;
  totalPages: number;
  fetched: number;
  cached: number;
}

function changed(label: string, was: { totalCount: number; totalPages: number }, now: ApiPage): UpstreamError {
  return new UpstreamError(
    `the UCDP API's answer changed during the sync of ${label} (TotalCount ${was.totalCount} → ${now.TotalCount}, TotalPages ${was.totalPages} → ${now.TotalPages})`,
    "run the same command with --fresh to start over",
  );
}

export async function download(req: DownloadRequest, deps: DownloadDeps): Promise<Downloaded> {
  const { query } = req;
  const cache = new PageCache(cacheDir(req.cacheRoot, query));
  await cache.open();
  const label = (p: number) => `page ${p} of gedevents/${query.version}`;
  const get = (p: number) => {
    if (!req.token) throw missingToken();
    return fetchPage(pageUrl(req.baseUrl, query, p), req.token, label(p), deps);
  };
  let fetched = 0;
  let state = req.fresh ? undefined : await cache.state(query);
  if (!state) {
    const first = await get(0);
    fetched++;
    // --fresh discards the old pages only now, so a refused token or a dead API leaves them in place.
    if (req.fresh) await cache.clear();
    state = { query, totalCount: first.page.TotalCount, totalPages: first.page.TotalPages, startedAt: deps.now().toISOString() };
    await cache.saveState(state);
    await cache.savePage(0, first.text);
  }
  // An empty answer still has its page 0 (with an empty Result).
  const total = Math.max(1, state.totalPages);
  let done = 0;
  for (let p = 0; p < total; p++) {
    if (!(await cache.page(p))) {
      const got = await get(p);
      if (got.page.TotalCount !== state.totalCount || got.page.TotalPages !== state.totalPages) throw changed(`gedevents/${query.version}`, state, got.page);
      await cache.savePage(p, got.text);
      fetched++;
    }
    deps.onPages?.(++done, total);
  }
  return { cache, totalCount: state.totalCount, totalPages: total, fetched, cached: total - fetched };
}
