import type { APIRoute } from "astro";

/** `/robots.txt`: every page may be indexed but the search page; the sitemap on the site's own address. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL("/sitemap-index.xml", site).href;
  return new Response(`User-agent: *\nDisallow: /zoeken/\n\nSitemap: ${sitemap}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
