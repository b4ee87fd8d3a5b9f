import { documentTypeTitles, hrefFor, routableTypes, routePaths } from "@gastvrij/content/model";
import type {
  DocumentLocationResolvers,
  DocumentLocationsState,
  DocumentResolver,
  PresentationPluginOptions,
} from "sanity/presentation";
import { notPublicReasons } from "./site-link.js";

/**
 * The Studio's Presentation tool ("Voorbeeld"): the site with the drafts, shown by the preview server
 * (`gastvrij preview-server`) beside the form. Which document a page shows (`mainDocuments`) and where a document is
 * shown (`locations`) follow from the content model's routes, like the site's own pages.
 */

/**
 * Where the preview server is: `SANITY_STUDIO_PREVIEW_URL` (the build reads it, as it reads the project id), default
 * a preview server on this machine.
 */
export function previewServerUrl(configured: string | undefined = process.env.SANITY_STUDIO_PREVIEW_URL): string {
  const url = configured?.trim() || "http://localhost:4322";
  return url.replace(/\/+$/, "");
}

/** The preview server's paths that open and close the preview (the server checks the Studio's secret there). */
export const previewModePaths = { enable: "/_preview/enable", disable: "/_preview/disable" } as const;

/** The site routes of the types that share a path prefix, as the Presentation tool matches them (`/toolkit/:slug`). */
export function mainDocuments(): DocumentResolver[] {
  const typesByPrefix = new Map<string, string[]>();
  for (const type of routableTypes) {
    const prefix = routePaths[type];
    typesByPrefix.set(prefix, [...(typesByPrefix.get(prefix) ?? []), type]);
  }
  return [...typesByPrefix].map(([prefix, types]) => ({
    route: [`${prefix}:slug`, `${prefix}:slug/`],
    filter: `_type in ${JSON.stringify(types)} && slug.current == $slug`,
  }));
}

/** What the tool lists for a document of `type` ("Gebruikt op"): its page, or why it has none. */
export function locationsOf(
  type: (typeof routableTypes)[number],
  document: { title?: unknown; slug?: unknown; visibility?: unknown } | null,
): DocumentLocationsState | null {
  if (!document) return null;
  if (type === "signal" && document.visibility !== "public") {
    return { message: notPublicReasons.internalSignal, tone: "caution" };
  }
  if (typeof document.slug !== "string" || document.slug === "") {
    return { message: notPublicReasons.noSlug, tone: "caution" };
  }
  const title = typeof document.title === "string" && document.title ? document.title : documentTypeTitles[type];
  const locations = [{ title, href: hrefFor(type, document.slug) }];
  if (type === "toolkitChapter" || type === "toolkitSection" || type === "toolkitSupplement") {
    locations.push({ title: "Toolkit: inhoud", href: routePaths.toolkitChapter });
  }
  return { locations };
}

/** The location resolvers of every routable type. */
export function locations(): DocumentLocationResolvers {
  return Object.fromEntries(
    routableTypes.map((type) => [
      type,
      {
        select: { title: "title", slug: "slug.current", visibility: "visibility" },
        resolve: (document: Record<string, unknown> | null) => locationsOf(type, document),
      },
    ]),
  );
}

/** The options of the Presentation tool. */
export function presentationOptions(previewUrl: string = previewServerUrl()): PresentationPluginOptions {
  return {
    name: "voorbeeld",
    title: "Voorbeeld",
    previewUrl: {
      initial: previewUrl,
      previewMode: { enable: previewModePaths.enable, disable: previewModePaths.disable, shareAccess: false },
    },
    resolve: { mainDocuments: mainDocuments(), locations: locations() },
  };
}
