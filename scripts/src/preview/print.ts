/**
 * The print preview: `/_preview/pdf/<document id>` answers the PDF of a toolkit chapter, section or supplement as it
 * will print, from the drafts (laid over the published content), with the book's Typst template. The Typst compiler
 * is the process's own and stays warm between requests; requests are compiled one after the other.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ContentError, openContent } from "@gastvrij/content";
import type { LiveSourceOptions } from "@gastvrij/content/sources";
import type { PreviewRoute } from "./server.js";

export const printPreviewPath = "/_preview/pdf/";

/** A document id as the Studio gives it (a draft's `drafts.` prefix is dropped: the drafts perspective reads it). */
const documentIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** The document id a print preview path names, or undefined when it names none (or is not a valid escape). */
function documentIdOf(pathname: string): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(pathname.slice(printPreviewPath.length));
  } catch {
    return undefined;
  }
  id = id.replace(/^drafts\./, "");
  return documentIdPattern.test(id) ? id : undefined;
}

function page(response: ServerResponse, status: number, title: string, text: string): void {
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "x-robots-tag": "noindex, nofollow",
  });
  const html = (value: string) => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  response.end(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${html(title)}</title></head><body><h1>${html(title)}</h1><p>${html(text)}</p></body></html>\n`,
  );
}

/** The print preview route of the preview server, reading the live dataset `live` describes with its drafts. */
export function printPreviewRoute(live: Omit<LiveSourceOptions, "perspective" | "stega"> = {}): PreviewRoute {
  let queue: Promise<unknown> = Promise.resolve();
  return async (_request: IncomingMessage, response: ServerResponse, url: URL) => {
    if (!url.pathname.startsWith(printPreviewPath)) return false;
    const id = documentIdOf(url.pathname);
    if (id === undefined) {
      page(response, 400, "Geen afdrukvoorbeeld", "Dit is geen document van de toolkit.");
      return true;
    }
    const run = queue.then(async () => {
      const { exportToolkitPdf } = await import("@gastvrij/content/print");
      const content = await openContent({ live: { ...live, perspective: "drafts" } });
      return exportToolkitPdf({ content, part: id, format: "a4" });
    });
    queue = run.catch(() => undefined);
    try {
      const { pdf, part } = await run;
      response.writeHead(200, {
        "content-type": "application/pdf",
        "content-length": pdf.byteLength,
        "content-disposition": `inline; filename="afdrukvoorbeeld-${part?.id ?? "toolkit"}.pdf"`,
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex, nofollow",
      });
      response.end(pdf);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      const notInBook = /^no part /.test(error.problem);
      page(
        response,
        notInBook ? 404 : 422,
        "Geen afdrukvoorbeeld",
        notInBook
          ? "Dit deel staat (nog) niet in de toolkit: een paragraaf hoort bij een hoofdstuk van de nieuwste editie, een bijlage bij een paragraaf."
          : `De pdf kon niet worden gemaakt: ${error.message}`,
      );
    }
    return true;
  };
}
