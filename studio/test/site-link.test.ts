// @vitest-environment jsdom
import {
  documentTypes,
  hrefFor,
  isRoutableType,
  type RoutableType,
  routableTypes,
  siteSettingsId,
  toolkitPdfPartOf,
  toolkitPdfPath,
} from "@gastvrij/content/model";
import { act, createElement } from "react";
import { createRoot } from "react-dom/client";
import type { DocumentActionComponent, DocumentActionDescription, DocumentActionProps, SanityDocument } from "sanity";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { notPublicReasons, printedTypes, type SiteLinkInput, siteLink } from "../components/site-link.js";
import {
  describeSiteLink,
  pdfPartQuery,
  siteLinkActions,
  siteUrlMessages,
  siteUrlQuery,
  ViewOnSiteAction,
  ViewPdfAction,
} from "../components/site-link-actions.js";

/**
 * From a document to its page: {@link siteLink} decides (absolute page and PDF addresses, or why there is none), the
 * actions render its answer with the site address fetched by the Studio's client (a fake one here), and the config
 * registers them for exactly the types with pages.
 */

const address = "https://www.gastvrijnetwerk.be";
const pdf = `${address}${toolkitPdfPath}`;
const nonRoutable = [...documentTypes.filter((type) => !isRoutableType(type)), "sanity.imageAsset", "unknown"];

/** A published document of `type` with everything a link needs (a signal public). */
function input(type: string, overrides: Partial<SiteLinkInput> = {}): SiteLinkInput {
  return {
    type,
    slug: "wonen-en-werk",
    published: true,
    siteUrl: `${address}/`,
    ...(type === "signal" ? { visibility: "public" } : {}),
    ...overrides,
  };
}

describe("siteLink: from a document to its public page", () => {
  it.each(routableTypes)("%s links to its absolute page on the site address", (type: RoutableType) => {
    expect(siteLink(input(type))).toEqual({
      kind: "link",
      href: `${address}${hrefFor(type, "wonen-en-werk")}`,
      label: "Bekijk op de site",
    });
  });

  it("gives the site's own paths", () => {
    const href = (type: string) => (siteLink(input(type)) as { href: string }).href;
    expect(href("toolkitChapter")).toBe(`${address}/toolkit/wonen-en-werk/`);
    expect(href("toolkitSection")).toBe(`${address}/toolkit/wonen-en-werk/`);
    expect(href("toolkitSupplement")).toBe(`${address}/toolkit/bijlage/wonen-en-werk/`);
    expect(href("tool")).toBe(`${address}/tools/wonen-en-werk/`);
    expect(href("event")).toBe(`${address}/agenda/wonen-en-werk/`);
    expect(href("signal")).toBe(`${address}/signalen/wonen-en-werk/`);
    expect(href("theme")).toBe(`${address}/themas/wonen-en-werk/`);
    expect(href("page")).toBe(`${address}/wonen-en-werk/`);
    expect(href("newsItem")).toBe(`${address}/nieuws/wonen-en-werk/`);
  });

  it("encodes a slug that needs it, so the address stays on the site and in one path segment", () => {
    const link = siteLink(input("tool", { slug: "café & co/../?x#y" }));
    expect(link).toMatchObject({ href: `${address}/tools/caf%C3%A9%20%26%20co%2F..%2F%3Fx%23y/` });
    const url = new URL((link as { href: string }).href);
    expect(url.origin).toBe(address);
    expect(url.pathname).toBe("/tools/caf%C3%A9%20%26%20co%2F..%2F%3Fx%23y/");
    expect(url.search + url.hash).toBe("");
  });

  it("normalises the site address with the model's siteAddress()", () => {
    for (const siteUrl of [` ${address}/ `, address, "HTTPS://WWW.GASTVRIJNETWERK.BE"]) {
      expect(siteLink(input("event", { siteUrl }))).toMatchObject({ href: `${address}/agenda/wonen-en-werk/` });
    }
    expect(siteLink(input("event", { siteUrl: "http://localhost:4321" }))).toMatchObject({
      href: "http://localhost:4321/agenda/wonen-en-werk/",
    });
  });

  it.each([...printedTypes])("%s without a known part links the whole book", (type) => {
    expect(siteLink(input(type, { target: "pdf" }))).toEqual({ kind: "link", href: pdf, label: "Bekijk de pdf" });
    // The book does not need the part's slug.
    expect(siteLink(input(type, { target: "pdf", slug: undefined }))).toMatchObject({ href: pdf });
  });

  it("links a chapter and a section to the chapter's PDF and a supplement to its own, as the site names them", () => {
    const pdfOf = (type: string, numbers: Parameters<typeof toolkitPdfPartOf>[0]) =>
      siteLink(input(type, { target: "pdf", pdfPart: toolkitPdfPartOf(numbers) }));
    const chapter3 = `${address}/toolkit/gastvrij-netwerk-toolkit-hoofdstuk-3.pdf`;
    expect(pdfOf("toolkitChapter", { type: "toolkitChapter", number: 3 })).toEqual({
      kind: "link",
      href: chapter3,
      label: "Bekijk de pdf",
    });
    // A section is printed in its chapter's PDF: the number of the chapter it belongs to, as the site groups it.
    expect(pdfOf("toolkitSection", { type: "toolkitSection", chapterNumber: 3 })).toMatchObject({ href: chapter3 });
    expect(
      pdfOf("toolkitSupplement", { type: "toolkitSupplement", sectionNumber: "3.12", slug: "energie-en-water" }),
    ).toMatchObject({ href: `${address}/toolkit/gastvrij-netwerk-toolkit-bijlage-3-12-energie-en-water.pdf` });
  });

  it("links the whole book when the part is not known (no number, no section yet)", () => {
    for (const source of [
      { type: "toolkitChapter" },
      { type: "toolkitChapter", number: null },
      { type: "toolkitSection", chapterNumber: null },
      { type: "toolkitSupplement", sectionNumber: null, slug: "energie-en-water" },
      { type: "toolkitSupplement", sectionNumber: "3.12", slug: "" },
    ]) {
      expect(toolkitPdfPartOf(source), JSON.stringify(source)).toBeUndefined();
      const link = siteLink(input(source.type, { target: "pdf", pdfPart: toolkitPdfPartOf(source) }));
      expect(link, JSON.stringify(source)).toMatchObject({ href: pdf });
    }
  });

  it("gives no PDF link to anything but a chapter, section or supplement", () => {
    for (const type of [...routableTypes.filter((type) => !printedTypes.has(type)), ...nonRoutable]) {
      expect(siteLink(input(type, { target: "pdf" })), type).toBeUndefined();
    }
  });

  it("says an internal signal is not on the site, published or not, with or without an address", () => {
    const internal = { kind: "notPublic", reason: "Intern signaal: niet op de site" };
    expect(siteLink(input("signal", { visibility: "internal" }))).toEqual(internal);
    expect(siteLink(input("signal", { visibility: undefined }))).toEqual(internal);
    expect(siteLink(input("signal", { visibility: "internal", published: false }))).toEqual(internal);
    expect(siteLink(input("signal", { visibility: "internal", siteUrl: undefined }))).toEqual(internal);
  });

  it.each(routableTypes)("%s never published (only a draft) has no page yet", (type) => {
    const unpublished = { kind: "notPublic", reason: "Nog niet gepubliceerd" };
    expect(siteLink(input(type, { published: false }))).toEqual(unpublished);
    if (printedTypes.has(type)) expect(siteLink(input(type, { published: false, target: "pdf" }))).toEqual(unpublished);
  });

  it("says a news item dated later is scheduled, and links it once its date has come", () => {
    const news = input("newsItem", { appearsAt: "2026-05-12T08:00:00Z" });
    expect(siteLink({ ...news, now: new Date("2026-05-01T00:00:00Z") })).toEqual({
      kind: "notPublic",
      reason: "Gepland: op de site vanaf 12 mei 2026",
    });
    expect(siteLink({ ...news, now: new Date("2026-05-12T08:00:00Z") })).toMatchObject({ kind: "link" });
  });

  it("says a published document without a slug has no page", () => {
    expect(siteLink(input("tool", { slug: undefined }))).toEqual({
      kind: "notPublic",
      reason: notPublicReasons.noSlug,
    });
    expect(siteLink(input("tool", { slug: "" }))).toEqual({ kind: "notPublic", reason: notPublicReasons.noSlug });
  });

  it("without a site address, points the editor to Site-instellingen → Adres van de website", () => {
    for (const siteUrl of [
      undefined,
      null,
      "",
      "www.gastvrijnetwerk.be",
      `${address}/over-ons`,
      "javascript:alert(1)",
    ]) {
      const link = siteLink(input("tool", { siteUrl }));
      expect(link, String(siteUrl)).toMatchObject({ kind: "noSiteAddress", label: "Bekijk op de site" });
      expect((link as { reason: string }).reason).toContain("Site-instellingen → Adres van de website");
    }
    expect(siteLink(input("toolkitSection", { siteUrl: undefined, target: "pdf" }))).toMatchObject({
      kind: "noSiteAddress",
      label: "Bekijk de pdf",
    });
  });

  it("gives nothing for types without pages", () => {
    for (const type of nonRoutable) {
      expect(siteLink(input(type)), type).toBeUndefined();
      expect(siteLink(input(type, { published: false, siteUrl: undefined })), type).toBeUndefined();
    }
  });
});

describe("describeSiteLink: the action for an answer", () => {
  const loaded = { loaded: true, siteUrl: address } as const;

  it("a link opens its address in a new tab", () => {
    const open = vi.fn();
    const href = `${address}/tools/budget/`;
    const action = describeSiteLink({ kind: "link", href, label: "Bekijk op de site" }, loaded, "page", open);
    expect(action).toMatchObject({ label: "Bekijk op de site" });
    expect(action?.disabled).toBeFalsy();
    expect(String(action?.title)).toContain(href);
    action?.onHandle?.();
    expect(open).toHaveBeenCalledWith(href);
  });

  it("a document that is not public gives a disabled action that says so", () => {
    const action = describeSiteLink({ kind: "notPublic", reason: "Nog niet gepubliceerd" }, loaded, "page");
    expect(action).toMatchObject({ label: "Nog niet gepubliceerd", disabled: true });
    expect(action?.onHandle).toBeUndefined();
  });

  it("no site address gives a disabled action whose title says where to fill it in (or that it is loading)", () => {
    const link = siteLink(input("tool", { siteUrl: undefined }));
    const titleOf = (state: Parameters<typeof describeSiteLink>[1]) => describeSiteLink(link, state, "page")?.title;
    expect(describeSiteLink(link, { loaded: true, siteUrl: undefined }, "page")).toMatchObject({
      label: "Bekijk op de site",
      disabled: true,
    });
    expect(titleOf({ loaded: true, siteUrl: undefined })).toContain("Site-instellingen → Adres van de website");
    expect(titleOf({ loaded: false })).toBe(siteUrlMessages.loading);
    expect(titleOf({ loaded: true, siteUrl: undefined, failed: true })).toBe(siteUrlMessages.failed);
  });

  it("no answer, no action", () => {
    expect(describeSiteLink(undefined, loaded, "page")).toBeNull();
  });
});

// The Studio's client, faked: answers the site address query with `siteUrl`, and the PDF's query (the one with the
// site settings' id as `$siteSettingsId`) with `siteUrl` and `numbers`.
const fakeClient = vi.hoisted(() => ({
  siteUrl: undefined as unknown,
  numbers: {} as { chapterNumber?: unknown; sectionNumber?: unknown },
  calls: [] as unknown[][],
  async fetch(...args: unknown[]) {
    fakeClient.calls.push(args);
    const params = args[1] as Record<string, unknown> | undefined;
    return params?.siteSettingsId === undefined
      ? fakeClient.siteUrl
      : { siteUrl: fakeClient.siteUrl, chapterNumber: null, sectionNumber: null, ...fakeClient.numbers };
  },
}));
vi.mock("sanity", async (importOriginal) => ({
  ...(await importOriginal<typeof import("sanity")>()),
  useClient: () => fakeClient,
}));

/** Calls a document action as the Studio does (a hook inside a component) and reports what it gives. */
function ActionProbe(probe: {
  action: DocumentActionComponent;
  props: DocumentActionProps;
  report: (description: DocumentActionDescription | null) => void;
}) {
  probe.report(probe.action(probe.props));
  return null;
}

/** Renders a document action as the Studio does (a hook inside a component) and returns what it gave last. */
async function renderAction(
  action: DocumentActionComponent,
  type: string,
  documents: { draft?: Record<string, unknown>; published?: Record<string, unknown> },
): Promise<DocumentActionDescription | null> {
  const doc = (id: string, fields?: Record<string, unknown>) =>
    fields ? ({ _id: id, _type: type, _createdAt: "", _updatedAt: "", _rev: "r", ...fields } as SanityDocument) : null;
  const props = {
    id: "doc1",
    type,
    draft: doc("drafts.doc1", documents.draft),
    published: doc("doc1", documents.published),
    version: null,
    liveEdit: false,
    liveEditSchemaType: false,
    ready: true,
    transactionSyncLock: null,
    onComplete: () => {},
    initialValueResolved: true,
  } as unknown as DocumentActionProps;
  let result: DocumentActionDescription | null = null;
  const report = (description: DocumentActionDescription | null) => {
    result = description;
  };
  const root = createRoot(document.createElement("div"));
  await act(async () => root.render(createElement(ActionProbe, { action, props, report })));
  // The address arrives after the first render (the fetch resolves in a later task).
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  act(() => root.unmount());
  return result;
}

describe("the actions in the Studio", () => {
  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  });

  it("fetch the published site address with the Studio's client and link the published slug", async () => {
    fakeClient.siteUrl = `${address}/`;
    fakeClient.calls = [];
    const action = await renderAction(ViewOnSiteAction, "toolkitSection", {
      published: { slug: { current: "wonen" } },
      draft: { slug: { current: "wonen-nieuw" } },
    });
    expect(fakeClient.calls).toEqual([[siteUrlQuery, { id: siteSettingsId }, { perspective: "published" }]]);
    expect(action).toMatchObject({ label: "Bekijk op de site" });
    expect(String(action?.title)).toContain(`${address}/toolkit/wonen/`);

    const open = vi.spyOn(window, "open").mockReturnValue(null);
    action?.onHandle?.();
    expect(open).toHaveBeenCalledWith(`${address}/toolkit/wonen/`, "_blank", "noopener,noreferrer");
    open.mockRestore();
  });

  it("Bekijk de pdf fetches the section's chapter number and links the chapter's PDF", async () => {
    fakeClient.siteUrl = `${address}/`;
    fakeClient.numbers = { chapterNumber: 3 };
    fakeClient.calls = [];
    const action = await renderAction(ViewPdfAction, "toolkitSection", {
      published: { slug: { current: "wonen" }, number: "3.4" },
    });
    expect(fakeClient.calls).toEqual([[pdfPartQuery, { id: "doc1", siteSettingsId }, { perspective: "published" }]]);
    expect(action).toMatchObject({ label: "Bekijk de pdf" });
    const href = `${address}/toolkit/gastvrij-netwerk-toolkit-hoofdstuk-3.pdf`;
    expect(String(action?.title)).toContain(href);
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    action?.onHandle?.();
    expect(open).toHaveBeenCalledWith(href, "_blank", "noopener,noreferrer");
    open.mockRestore();
  });

  it("Bekijk de pdf of a chapter links its own PDF by its published number", async () => {
    fakeClient.siteUrl = address;
    fakeClient.numbers = {};
    const action = await renderAction(ViewPdfAction, "toolkitChapter", {
      published: { slug: { current: "huiswerk" }, number: 2 },
      draft: { slug: { current: "huiswerk" }, number: 5 },
    });
    expect(String(action?.title)).toContain(`${address}/toolkit/gastvrij-netwerk-toolkit-hoofdstuk-2.pdf`);
  });

  it("Bekijk de pdf of a supplement fetches its section's number and links the supplement's own PDF", async () => {
    fakeClient.siteUrl = address;
    fakeClient.numbers = { sectionNumber: "3.12" };
    fakeClient.calls = [];
    const action = await renderAction(ViewPdfAction, "toolkitSupplement", {
      published: { slug: { current: "energie-en-water" } },
    });
    expect(fakeClient.calls).toEqual([[pdfPartQuery, { id: "doc1", siteSettingsId }, { perspective: "published" }]]);
    const href = `${address}/toolkit/gastvrij-netwerk-toolkit-bijlage-3-12-energie-en-water.pdf`;
    expect(action).toMatchObject({ label: "Bekijk de pdf" });
    expect(String(action?.title)).toContain(href);
  });

  it("Bekijk de pdf of a supplement without a (published) section links the whole book", async () => {
    fakeClient.siteUrl = address;
    fakeClient.numbers = { sectionNumber: null };
    const action = await renderAction(ViewPdfAction, "toolkitSupplement", {
      published: { slug: { current: "energie-en-water" } },
    });
    expect(String(action?.title)).toContain(pdf);
    expect(String(action?.title)).not.toContain("bijlage");
  });

  it("say a draft-only document is not published and an internal signal is not on the site", async () => {
    fakeClient.siteUrl = address;
    const draftOnly = await renderAction(ViewOnSiteAction, "tool", { draft: { slug: { current: "budget" } } });
    expect(draftOnly).toMatchObject({ label: "Nog niet gepubliceerd", disabled: true });
    const internal = await renderAction(ViewOnSiteAction, "signal", {
      published: { slug: { current: "huur" }, visibility: "internal" },
    });
    expect(internal).toMatchObject({ label: "Intern signaal: niet op de site", disabled: true });
  });

  it("without a site address, is disabled and says where to fill it in", async () => {
    fakeClient.siteUrl = null;
    const action = await renderAction(ViewOnSiteAction, "event", { published: { slug: { current: "netwerkdag" } } });
    expect(action).toMatchObject({ label: "Bekijk op de site", disabled: true });
    expect(String(action?.title)).toContain("Site-instellingen → Adres van de website");
  });
});

describe("the Studio config registers the actions", () => {
  type Resolver = (previous: DocumentActionComponent[], context: { schemaType: string }) => DocumentActionComponent[];
  let resolve: Resolver;
  const builtIn = Object.assign(() => null, { action: "publish" as const });
  const deleteAction = Object.assign(() => null, { action: "delete" as const });

  beforeAll(async () => {
    vi.stubEnv("SANITY_STUDIO_PROJECT_ID", "abc12345");
    const { default: config } = await import("../sanity.config.js");
    resolve = (config as unknown as { document: { actions: Resolver } }).document.actions;
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it.each(routableTypes)(
    "%s gets Bekijk op de site (and a toolkit part Bekijk de pdf) after the built-in actions",
    (type) => {
      const actions = resolve([builtIn, deleteAction], { schemaType: type });
      const expected = printedTypes.has(type) ? [ViewOnSiteAction, ViewPdfAction] : [ViewOnSiteAction];
      expect(actions).toEqual([builtIn, deleteAction, ...expected]);
      expect(siteLinkActions(type)).toEqual(expected);
    },
  );

  it.each(nonRoutable)("%s gets no site link action", (type) => {
    const actions = resolve([builtIn, deleteAction], { schemaType: type });
    expect(actions).not.toContain(ViewOnSiteAction);
    expect(actions).not.toContain(ViewPdfAction);
  });

  it("the site settings keep only their own actions", () => {
    expect(resolve([builtIn, deleteAction], { schemaType: "siteSettings" })).toEqual([builtIn]);
  });
});
