// @ts-check

import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";

/**
 * The site's address for canonical links, the sitemap, robots.txt and the calendar feeds. `gastvrij build` (and so
 * `npm start` and the publish service) resolves it once (GASTVRIJ_SITE_URL, else the site settings, else the local
 * address it serves on) and passes it here; a bare `astro build` gets the local preview address.
 */
const site = process.env.GASTVRIJ_SITE_URL || "http://127.0.0.1:4321";

/**
 * `GASTVRIJ_PREVIEW=1` builds the preview server's site instead (`gastvrij preview-server`): the same pages rendered
 * on request from the drafts, by the Node adapter as middleware of that server, into its own folder. The public site
 * stays static and gets none of the preview's code.
 */
const preview = process.env.GASTVRIJ_PREVIEW === "1";

export default defineConfig({
  site,
  output: preview ? "server" : "static",
  ...(preview ? { adapter: (await import("@astrojs/node")).default({ mode: "middleware" }) } : {}),
  // Tests build into a temporary folder; everyone else uses dist/ (the preview: build/preview-site/).
  outDir: preview
    ? process.env.GASTVRIJ_PREVIEW_OUT_DIR || "../../build/preview-site"
    : process.env.GASTVRIJ_WEB_OUT_DIR || "./dist",
  trailingSlash: "ignore",
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  integrations: preview
    ? [(await import("./src/preview/integration.mjs")).previewIntegration()]
    : [
        sitemap({
          // The search page has no content of its own and 404 is not a page to visit.
          filter: (page) => !page.includes("/zoeken/") && !page.includes("/404"),
        }),
      ],
  vite: {
    define: { "import.meta.env.GASTVRIJ_PREVIEW": JSON.stringify(preview) },
    // The preview server loads its build from wherever it was built: everything it needs is bundled into it.
    ...(preview ? { ssr: { noExternal: true } } : {}),
  },
});
