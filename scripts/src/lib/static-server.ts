import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import sirv from "sirv";

/** A running static server: its base URL and a way to stop it. */
export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * A request handler for a built site folder. Files are looked up at each request, so `dir` may be a symbolic link
 * that is swapped to another release while serving. Unknown paths get the site's own `404.html` with status 404;
 * `.ics` files are served as `text/calendar`.
 */
export function staticHandler(dir: string): (request: IncomingMessage, response: ServerResponse) => void {
  const handler = sirv(dir, {
    dev: true,
    etag: true,
    setHeaders(res, pathname) {
      if (pathname.endsWith(".ics")) res.setHeader("Content-Type", "text/calendar; charset=utf-8");
    },
  });
  return (request, response) =>
    handler(request, response, async () => {
      const notFoundPage = await readFile(join(dir, "404.html")).catch(() => Buffer.from("Niet gevonden"));
      response.statusCode = 404;
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end(notFoundPage);
    });
}

/** Where a server listens, as a base URL (`http://127.0.0.1:4321/`). */
export function baseUrl(server: Server, host: string): string {
  const { port } = server.address() as AddressInfo;
  return `http://${host === "0.0.0.0" ? "localhost" : host}:${port}/`;
}

/** Starts `server` on `host:port` (port 0 picks a free one). */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
}

/** Serves a built site folder on 127.0.0.1 (port 0 picks a free one). */
export async function serveStatic(dir: string, options: { port?: number; host?: string } = {}): Promise<StaticServer> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer(staticHandler(dir));
  await listen(server, options.port ?? 0, host);
  return {
    url: baseUrl(server, host),
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
