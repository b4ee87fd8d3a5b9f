/**
 * The preview server: the site rendered on request from the drafts, for editors, opened from the Studio's
 * Presentation tool. `/_preview/enable` checks the Studio's preview URL secret against the dataset and sets the
 * preview's cookie (401 and no cookie when it does not match); every other request without that cookie gets 401.
 * With it, the built preview site (Astro's Node adapter in middleware mode) renders the page with drafts laid over the
 * published content, read on the server with the read token, which never reaches the browser.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { type LiveSourceOptions, openLiveSource } from "@gastvrij/content/sources";
import { validatePreviewUrl } from "@sanity/preview-url-secret";
import sirv from "sirv";
import { baseUrl, listen } from "../lib/static-server.js";
import {
  type PreviewCookies,
  perspectiveCookie,
  previewCookies,
  previewPerspective,
  requestPerspective,
} from "./access.js";
import { loadPreviewHandler } from "./site.js";

export const enablePath = "/_preview/enable";
export const disablePath = "/_preview/disable";
/** Where the page tells the server the perspective the editor chose in the Studio (POST, the perspective as text). */
export const perspectivePath = "/_preview/perspective";

export interface PreviewServerOptions {
  /** The built preview site (`buildPreviewSite`). */
  siteDir: string;
  /** The live dataset (project, dataset, token, API host); anything left out comes from the environment. */
  live?: Omit<LiveSourceOptions, "perspective" | "stega">;
  /** The key that signs the preview's cookies (default: random per process). */
  cookieKey?: string;
  port?: number;
  host?: string;
  /** Extra routes behind the same access check (the print preview), tried before the site. */
  routes?: PreviewRoute[];
}

/** A route of the preview server: handles the request and returns true, or returns false to pass it on. */
export type PreviewRoute = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

const unauthorisedPage = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Geen toegang tot het voorbeeld</title>
<meta name="robots" content="noindex"></head>
<body><h1>Geen toegang tot het voorbeeld</h1>
<p>Dit voorbeeld toont teksten die nog niet gepubliceerd zijn. Open het vanuit de Studio: kies bovenaan
<strong>Presentatie</strong>, of in een document <strong>Voorbeeld op de site</strong>.</p></body></html>
`;

function unauthorised(response: ServerResponse): void {
  response.writeHead(401, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "x-robots-tag": "noindex, nofollow",
  });
  response.end(unauthorisedPage);
}

/** Whether the request reached us over https (directly or through a proxy that says so). */
function isSecure(request: IncomingMessage): boolean {
  return (
    ("encrypted" in request.socket && Boolean(request.socket.encrypted)) ||
    String(request.headers["x-forwarded-proto"] ?? "")
      .split(",")[0]
      ?.trim() === "https"
  );
}

/** The first kilobyte of a request's body, as text (a perspective is a few words). */
async function smallBody(request: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 1024) break;
  }
  return text.slice(0, 1024);
}

/** A site path to go to after enabling: only a path on this server, never another origin. */
function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith("/") || target.startsWith("//") || target.includes("\\")) return "/";
  return target;
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const cookies: PreviewCookies = previewCookies(options.cookieKey);
  const source = openLiveSource({ ...options.live, perspective: "drafts" });
  const handler = await loadPreviewHandler(options.siteDir);
  const assets = sirv(join(options.siteDir, "client"), { dev: false, etag: true });
  const routes = options.routes ?? [];
  const host = options.host ?? "127.0.0.1";

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", "http://preview.invalid");
      if (url.pathname === enablePath) {
        const result = await validatePreviewUrl(await source.client(), url.href);
        if (!result.isValid) {
          unauthorised(response);
          return;
        }
        const secure = isSecure(request);
        response.writeHead(307, {
          location: safeRedirect(result.redirectTo),
          "set-cookie": [
            cookies.issue(new Date(), secure),
            perspectiveCookie(previewPerspective(result.studioPreviewPerspective), secure),
          ],
          "cache-control": "no-store",
        });
        response.end();
        return;
      }
      if (url.pathname === disablePath) {
        response.writeHead(307, { location: "/", "set-cookie": cookies.clear(isSecure(request)) });
        response.end();
        return;
      }
      if (!cookies.admits(request)) {
        unauthorised(response);
        return;
      }
      if (url.pathname === perspectivePath && request.method === "POST") {
        const chosen = previewPerspective((await smallBody(request)).trim());
        response.writeHead(200, {
          "content-type": "application/json",
          "cache-control": "no-store",
          "set-cookie": perspectiveCookie(chosen, isSecure(request)),
        });
        response.end(JSON.stringify({ perspective: chosen, changed: chosen !== requestPerspective(request) }));
        return;
      }
      for (const route of routes) if (await route(request, response, url)) return;
      assets(request, response, () => {
        void handler(
          request,
          response,
          (error) => {
            if (response.headersSent) return response.end();
            response.writeHead(error ? 500 : 404, { "content-type": "text/plain; charset=utf-8" });
            response.end(error ? "Het voorbeeld kon niet worden getoond." : "Niet gevonden");
          },
          { gastvrijPreview: true, gastvrijPreviewPerspective: requestPerspective(request) },
        );
      });
    } catch (error) {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end("Het voorbeeld kon niet worden getoond.");
    }
  });
  await listen(server, options.port ?? 0, host);
  return {
    url: baseUrl(server, host),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
