import { readFileSync } from "node:fs";
import { hrefFor, isRoutableType, routableTypes } from "@gastvrij/content/model";
import { embeddedDatasetPath } from "@gastvrij/content/sources";
import { evaluate, parse } from "groq-js";
import { describe, expect, it } from "vitest";
import {
  locationsOf,
  mainDocuments,
  presentationOptions,
  previewModePaths,
  previewServerUrl,
} from "../components/presentation.js";
import { notPublicReasons } from "../components/site-link.js";

/**
 * The Presentation tool ("Voorbeeld"): the page the preview shows leads to its document, and a document to its page,
 * for every routable document of the embedded dataset; the preview server's address and its preview mode.
 */

type Doc = { _id: string; _type: string; title?: string; slug?: { current?: string }; visibility?: string };
const dataset: Doc[] = readFileSync(`${embeddedDatasetPath}/data.ndjson`, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Doc);
const routable = dataset.filter((document) => isRoutableType(document._type) && document.slug?.current);

/** The document the tool opens for a site path: the first route that matches, its filter run with the path's slug. */
async function documentAt(path: string): Promise<string[]> {
  for (const resolver of mainDocuments()) {
    const routes = Array.isArray(resolver.route) ? resolver.route : [resolver.route];
    for (const route of routes) {
      const pattern = new RegExp(`^${route.replace(":slug", "(?<slug>[^/]+)")}$`);
      const slug = path.match(pattern)?.groups?.slug;
      if (slug === undefined || typeof resolver.filter !== "string") continue;
      const query = `*[${resolver.filter}]._id`;
      const ids = await (await evaluate(parse(query), { dataset, params: { slug: decodeURIComponent(slug) } })).get();
      if ((ids as string[]).length > 0) return ids as string[];
    }
  }
  return [];
}

describe("the Presentation tool", () => {
  it("finds the document of every page of a routable document (with and without the trailing slash)", async () => {
    expect(routable.length).toBeGreaterThan(50);
    for (const document of routable) {
      if (!isRoutableType(document._type)) continue;
      const path = hrefFor(document._type, document.slug?.current ?? "");
      expect(await documentAt(path), path).toEqual([document._id]);
      expect(await documentAt(path.slice(0, -1)), path).toEqual([document._id]);
    }
    expect(await documentAt("/agenda/")).toEqual([]);
  });

  it("lists each document's page, the toolkit's contents for its parts, and why an internal signal has none", () => {
    for (const type of routableTypes) {
      const state = locationsOf(type, { title: "Wonen", slug: "wonen", visibility: "public" });
      expect(state?.locations?.[0], type).toEqual({ title: "Wonen", href: hrefFor(type, "wonen") });
    }
    expect(locationsOf("toolkitSection", { title: "Wonen", slug: "wonen" })?.locations?.[1]?.href).toBe("/toolkit/");
    expect(locationsOf("signal", { title: "Intern", slug: "intern", visibility: "internal" })).toEqual({
      message: notPublicReasons.internalSignal,
      tone: "caution",
    });
    expect(locationsOf("tool", { title: "Zonder slug" })?.message).toBe(notPublicReasons.noSlug);
    expect(locationsOf("tool", null)).toBeNull();
  });

  it("opens the preview server's preview mode, at SANITY_STUDIO_PREVIEW_URL or on this machine", () => {
    expect(previewServerUrl(undefined)).toBe("http://localhost:4322");
    expect(previewServerUrl(" https://voorbeeld.gastvrijnetwerk.be/ ")).toBe("https://voorbeeld.gastvrijnetwerk.be");
    const options = presentationOptions("https://voorbeeld.example");
    expect(options.title).toBe("Voorbeeld");
    expect(options.previewUrl).toEqual({
      initial: "https://voorbeeld.example",
      previewMode: { enable: previewModePaths.enable, disable: previewModePaths.disable, shareAccess: false },
    });
    expect(previewModePaths.enable).toBe("/_preview/enable");
  });
});
