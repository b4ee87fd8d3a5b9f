// @ts-check
/**
 * The preview mode of the site (`GASTVRIJ_PREVIEW=1`, used by `gastvrij preview-server`): its middleware (request
 * scope, access, no caching) and the click-to-edit overlays on every page. The static build never adds this
 * integration, so none of it reaches the public site.
 */
import { fileURLToPath } from "node:url";

/** @returns {import("astro").AstroIntegration} */
export function previewIntegration() {
  return {
    name: "gastvrij-preview",
    hooks: {
      "astro:config:setup": ({ addMiddleware, injectScript }) => {
        addMiddleware({ entrypoint: new URL("./middleware.ts", import.meta.url), order: "pre" });
        injectScript("page", `import ${JSON.stringify(fileURLToPath(new URL("./overlay.ts", import.meta.url)))};`);
      },
    },
  };
}
