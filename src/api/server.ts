/** Runs an app on a Node HTTP server; resolves once it listens, with its URL and a close function. */
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { UsageError } from "../errors.ts";
import type { App } from "./app.ts";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Port 0 picks a free port (tests). */
export function startServer(app: App, options: { port: number; host: string }): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => {
      const host = options.host === "0.0.0.0" || options.host === "::" ? "localhost" : options.host.includes(":") ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host === "127.0.0.1" ? "localhost" : host}:${info.port}`,
        port: info.port,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          // Keep-alive sockets would hold close() open; nothing is in flight when we stop.
          if ("closeAllConnections" in server) (server as { closeAllConnections(): void }).closeAllConnections();
        }),
      });
    });
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(new UsageError(`cannot listen on ${options.host}:${options.port}: ${e.code ?? e.message}`, e.code === "EADDRINUSE" ? "pass another --port" : undefined, { cause: e })),
    );
  });
}
