// @ts-check

import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";

/**
 * The site's address for canonical links, the sitemap, robots.txt and the calendar feeds. `gastvrij build` (and so
 * `npm start` and the publish service) resolves it once (GASTVRIJ_SITE_URL, else the site settings, else the local
 * address it serves on) and passes it here; a bare `astro build` gets the local preview address.
 */
const site = process.env.GASTVRIJ_SITE_URL || "http://127.0.0.1:4321";

export default defineConfig({
  site,
  output: "static",
  // Tests build into a temporary folder; everyone else uses dist/.
  outDir: process.env.GASTVRIJ_WEB_OUT_DIR || "./dist",
  trailingSlash: "ignore",
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      // The search page has no content of its own and 404 is not a page to visit.
      filter: (page) => !page.includes("/zoeken/") && !page.includes("/404"),
    }),
  ],
});
