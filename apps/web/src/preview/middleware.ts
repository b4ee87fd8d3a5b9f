/**
 * The preview mode's middleware (added by `integration.mjs` only when the site is built as the preview server). It
 * renders only what the preview server lets through: the server checks the Studio's preview secret and its own cookie
 * and says so in `locals.gastvrijPreview`; anything else gets 401, so the built handler shows no draft on its own. Each
 * request reads its own content (drafts over published) and is never cached or indexed.
 */

import { defineMiddleware } from "astro:middleware";
import { stegaClean } from "@sanity/client/stega";
import { previewScope } from "./scope";

/**
 * Click-to-edit links belong in text a reader sees: the preview takes them out of the head (the tab's title, the feeds'
 * names) and out of every tag's attributes, where they would only confuse.
 */
export function stegaInTextOnly(html: string): string {
  const end = html.indexOf("</head>");
  const head = end >= 0 ? stegaClean(html.slice(0, end)) : "";
  const body = end >= 0 ? html.slice(end) : html;
  return head + body.replace(/<[^>]+>/g, (tag) => stegaClean(tag));
}

export const onRequest = defineMiddleware((context, next) => {
  if (context.locals.gastvrijPreview !== true) {
    return new Response("Dit voorbeeld opent alleen vanuit de Studio.", {
      status: 401,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const perspective = context.locals.gastvrijPreviewPerspective === "published" ? "published" : "drafts";
  return previewScope.run({ perspective }, async () => {
    const response = await next();
    const headers = new Headers(response.headers);
    headers.set("cache-control", "private, no-store");
    headers.set("x-robots-tag", "noindex, nofollow");
    if (!headers.get("content-type")?.startsWith("text/html")) {
      return new Response(response.body, { status: response.status, headers });
    }
    headers.delete("content-length");
    const html = stegaInTextOnly(await response.text());
    return new Response(html, { status: response.status, headers });
  });
});
