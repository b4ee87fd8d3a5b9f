import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
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
 * Serves a built site folder on 127.0.0.1 (port 0 picks a free one). Unknown paths get the site's own `404.html`
 * with status 404; `.ics` files are served as `text/calendar`.
 */
export async function serveStatic(dir: string, options: { port?: number; host?: string } = {}): Promise<StaticServer> {
  const host = options.host ?? "127.0.0.1";
  const notFoundPage = await readFile(join(dir, "404.html")).catch(() => Buffer.from("Niet gevonden"));
  const handler = sirv(dir, {
    dev: true,
    etag: true,
    setHeaders(res, pathname) {
      if (pathname.endsWith(".ics")) res.setHeader("Content-Type", "text/calendar; charset=utf-8");
    },
  });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(notFoundPage);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === "0.0.0.0" ? "localhost" : host}:${port}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
