/**
 * The preview mode's middleware (added by `integration.mjs` only when the site is built as the preview server). It
 * renders only what the preview server lets through: the server checks the Studio's preview secret and its own cookie
 * and says so in `locals.gastvrijPreview`; anything else gets 401, so the built handler shows no draft on its own. Each
 * request reads its own content (drafts over published) and is never cached or indexed.
 */
import { defineMiddleware } from "astro:middleware";
import { previewScope } from "./scope";

export const onRequest = defineMiddleware((context, next) => {
  if (context.locals.gastvrijPreview !== true) {
    return new Response("Dit voorbeeld opent alleen vanuit de Studio.", {
      status: 401,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  return previewScope.run({}, async () => {
    const response = await next();
    response.headers.set("cache-control", "private, no-store");
    response.headers.set("x-robots-tag", "noindex, nofollow");
    return response;
  });
});
