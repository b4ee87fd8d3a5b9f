// @ts-check

import { createRequire } from "node:module";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";

const contentPackage = createRequire(new URL("../../packages/content/package.json", import.meta.url));
/** @param {string} name */
const resolveFromContent = (name) => contentPackage.resolve(name);
const nativeModules = ["@myriaddreamin/typst-ts-node-compiler"];

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
  vite: {
    // The content package is bundled into the build, but a native module among its dependencies cannot be: it is
    // loaded at build time from where the content package resolves it.
    resolve: { alias: Object.fromEntries(nativeModules.map((name) => [name, resolveFromContent(name)])) },
    build: { rolldownOptions: { external: nativeModules.map((name) => resolveFromContent(name)) } },
  },
  integrations: [
    sitemap({
      // The search page has no content of its own and 404 is not a page to visit.
      filter: (page) => !page.includes("/zoeken/") && !page.includes("/404"),
    }),
  ],
});
