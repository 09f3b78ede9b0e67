/**
 * Test helper: a local stand-in for the UCDP API that replays recorded pages (test/fixtures/ucdp-api). It checks
 * the token header (401 without one or with a wrong one), the path and the query the recording was made for
 * (400 otherwise), logs every request, and can be told to fail a page: an HTTP status (optionally with
 * Retry-After) or a dropped connection, a given number of times.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export interface Recording {
  pageSize: number;
  query: { Country: string; StartDate: string; EndDate?: string };
  /** version → page bodies, 0-based. */
  versions: Map<string, string[]>;
}

export type Fault = { kind: "status"; status: number; retryAfter?: string } | { kind: "drop" };

export interface Request {
  version: string;
  page: number;
  outcome: number | "dropped";
}

export interface ReplayServer {
  /** The base URL to pass as --base-url (ends in /api). */
  url: string;
  requests: Request[];
  fail(version: string, page: number, fault: Fault, times?: number): void;
  reset(): void;
  close(): Promise<void>;
}

/** Reads recordings.json and the gzipped pages beside it. */
export function loadRecording(dir: string): Recording {
  const meta = JSON.parse(readFileSync(join(dir, "recordings.json"), "utf8")) as {
    pageSize: number;
    query: Recording["query"];
    versions: Record<string, number>;
  };
  const versions = new Map<string, string[]>();
  for (const [version, pages] of Object.entries(meta.versions)) {
    const bodies = Array.from({ length: pages }, (_, p) =>
      gunzipSync(readFileSync(join(dir, `gedevents-${version}`, `page-${String(p).padStart(4, "0")}.json.gz`))).toString("utf8"),
    );
    versions.set(version, bodies);
  }
  return { pageSize: meta.pageSize, query: meta.query, versions };
}

const sameCountries = (a: string | null, b: string) => (a ?? "").split(",").map(Number).sort().join() === b.split(",").map(Number).sort().join();

function queryProblem(u: URL, r: Recording): string | undefined {
  const q = u.searchParams;
  if (q.get("pagesize") !== String(r.pageSize)) return `pagesize must be ${r.pageSize}`;
  if (!sameCountries(q.get("Country"), r.query.Country)) return `Country must be ${r.query.Country}`;
  if (q.get("StartDate") !== r.query.StartDate) return `StartDate must be ${r.query.StartDate}`;
  if ((q.get("EndDate") ?? undefined) !== r.query.EndDate) return `EndDate must be ${r.query.EndDate ?? "absent"}`;
  if (!/^\d+$/.test(q.get("page") ?? "")) return "page must be a whole number";
  return undefined;
}

export async function startReplayServer(recording: Recording, token: string): Promise<ReplayServer> {
  const requests: Request[] = [];
  const faults = new Map<string, { fault: Fault; left: number }>();
  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(body);
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? "/", "http://replay");
    const m = /^\/api\/gedevents\/([^/]+)$/.exec(u.pathname);
    const pages = m?.[1] ? recording.versions.get(m[1]) : undefined;
    if (!m?.[1] || !pages) return send(res, 404, JSON.stringify({ message: `no such version: ${u.pathname}` }));
    const version = m[1];
    const page = Number(u.searchParams.get("page"));
    const log = (outcome: Request["outcome"]) => requests.push({ version, page, outcome });
    const reply = (status: number, message: string, headers: Record<string, string> = {}) => {
      log(status);
      send(res, status, JSON.stringify({ message }), headers);
    };
    const given = req.headers["x-ucdp-access-token"];
    if (!given) return reply(401, "An access token is required");
    if (given !== token) return reply(401, "Invalid access token");
    const problem = queryProblem(u, recording) ?? (page >= pages.length ? "page out of range" : undefined);
    if (problem) return reply(400, problem);
    const f = faults.get(`${version}:${page}`);
    if (f && f.left > 0) {
      f.left--;
      if (f.fault.kind === "status") return reply(f.fault.status, "replayed failure", f.fault.retryAfter ? { "retry-after": f.fault.retryAfter } : {});
      log("dropped");
      return req.socket.destroy();
    }
    log(200);
    send(res, 200, pages[page] ?? "");
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    requests,
    fail: (version, page, fault, times = 1) => faults.set(`${version}:${page}`, { fault, left: times }),
    reset: () => {
      requests.length = 0;
      faults.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
