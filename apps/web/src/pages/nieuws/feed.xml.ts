import type { APIRoute } from "astro";
import { content } from "../../lib/content";

/** `/nieuws/feed.xml`: the news as an Atom feed, with absolute links on the site's address. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error("the news feed needs the site's address (astro.config.mjs: site)");
  return new Response((await content()).newsFeed(site), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
};
