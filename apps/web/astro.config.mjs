// @ts-check

import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";

/** The public address of the site; used for the sitemap and canonical links. */
const site = process.env.GASTVRIJ_SITE_URL || "http://localhost:4321";

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
