// @vitest-environment jsdom

import { act, createElement } from "react";
import { createRoot } from "react-dom/client";
import { createStructureBuilder } from "sanity/structure";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { previewModePaths } from "../components/presentation.js";
import {
  type CreateSecret,
  documentNode,
  PrintPreview,
  printPreviewPath,
  printPreviewTitle,
  printPreviewUrls,
  refreshDelayMs,
} from "../components/print-preview.js";

/**
 * The print preview ("Afdrukvoorbeeld"): the view opens the preview server's preview mode with a secret the Studio
 * made and goes on to the part's PDF, loads the PDF again after the draft changes, and is a view of exactly the
 * toolkit's chapters, sections and supplements.
 */

// The Studio's client and user are the same objects from render to render, as in the Studio.
const studio = vi.hoisted(() => ({ client: { fake: "client" }, user: { id: "editor-1" } }));
vi.mock("sanity", async (importOriginal) => ({
  ...(await importOriginal<typeof import("sanity")>()),
  useClient: () => studio.client,
  useCurrentUser: () => studio.user,
}));

const previewUrl = "https://voorbeeld.example";
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("the print preview's addresses", () => {
  it("open the preview mode with the secret and go on to the PDF of the published id", () => {
    const urls = printPreviewUrls(previewUrl, "drafts.section-1-1");
    const enable = new URL(urls.enable("geheim"));
    expect(`${enable.origin}${enable.pathname}`).toBe(`${previewUrl}${previewModePaths.enable}`);
    expect(enable.searchParams.get("sanity-preview-secret")).toBe("geheim");
    expect(enable.searchParams.get("sanity-preview-pathname")).toBe(`${printPreviewPath}section-1-1`);
    expect(urls.pdf("rev-2")).toBe(`${previewUrl}/_preview/pdf/section-1-1?v=rev-2`);
  });
});

describe("the Afdrukvoorbeeld view", () => {
  let container: HTMLDivElement;
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    container = document.createElement("div");
    document.body.append(container);
  });
  afterEach(() => {
    container.remove();
  });

  const props = (rev: string) => ({
    document: {
      draft: null,
      displayed: { _id: "drafts.section-1-1", _rev: rev, title: "Wonen" },
      historical: null,
      published: null,
    },
    documentId: "section-1-1",
    options: {},
    // biome-ignore lint/suspicious/noExplicitAny: the view does not read the schema type
    schemaType: {} as any,
    previewUrl,
  });

  it("shows the PDF through the preview mode, then loads it again once the editor pauses after a change", async () => {
    const secrets: unknown[][] = [];
    const createSecret: CreateSecret = async (...args) => {
      secrets.push(args);
      return { secret: "geheim" };
    };
    const root = createRoot(container);
    await act(async () => root.render(createElement(PrintPreview, { ...props("r1"), createSecret })));
    const frame = () => container.querySelector("iframe");
    expect(secrets).toEqual([[{ fake: "client" }, "editor-1"]]);
    expect(frame()?.getAttribute("src")).toBe(printPreviewUrls(previewUrl, "section-1-1").enable("geheim"));
    expect(frame()?.getAttribute("title")).toBe(`${printPreviewTitle}: Wonen`);

    await act(async () => root.render(createElement(PrintPreview, { ...props("r2"), createSecret })));
    await act(() => wait(refreshDelayMs - 500));
    await act(async () => root.render(createElement(PrintPreview, { ...props("r3"), createSecret })));
    await act(() => wait(refreshDelayMs - 500));
    // Still the first address: the editor has not paused long enough since the last change.
    expect(frame()?.getAttribute("src")).toContain(previewModePaths.enable);
    await act(() => wait(700));
    expect(frame()?.getAttribute("src")).toBe(`${previewUrl}/_preview/pdf/section-1-1?v=r3`);
    expect(secrets).toHaveLength(1);
    await act(async () => root.unmount());
  });

  it("says what to check when the secret cannot be made", async () => {
    const createSecret: CreateSecret = async () => {
      throw new Error("geen schrijfrechten");
    };
    const root = createRoot(container);
    await act(async () => root.render(createElement(PrintPreview, { ...props("r1"), createSecret })));
    expect(container.textContent).toContain("Het afdrukvoorbeeld kon niet worden geopend: geen schrijfrechten");
    expect(container.querySelector("iframe")).toBeNull();
    await act(async () => root.unmount());
  });

  it("is a view of the toolkit's chapters, sections and supplements only", () => {
    const S = createStructureBuilder({
      // biome-ignore lint/suspicious/noExplicitAny: a structure builder without a Studio around it
      source: { schema: { get: () => undefined }, getClient: () => ({}) } as any,
      perspectiveStack: [],
    });
    const views = (type: string) =>
      (documentNode(S, type).getViews() ?? []).map((view) => ("getTitle" in view ? view.getTitle() : undefined));
    for (const type of ["toolkitChapter", "toolkitSection", "toolkitSupplement"]) {
      expect(views(type), type).toEqual(["Bewerken", printPreviewTitle]);
    }
    for (const type of ["tool", "event", "signal", "page", "newsItem", "toolkitEdition"]) {
      expect(views(type), type).toEqual([]);
    }
  });
});
