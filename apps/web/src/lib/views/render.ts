/**
 * Rich text as the pages show it: HTML from the content package's renderer, with internal links resolved and the
 * images of a local export published under `/media/` (remote images, on the Sanity CDN, stay where they are).
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { type PortableText, type RenderedHtml, type ResolveLink, renderHtml } from "@gastvrij/content";

/** A file from the content (an image) and the site path it is published under. */
export interface PublishedFile {
  sitePath: string;
  read(): Promise<Uint8Array<ArrayBuffer>>;
}

/** Renders rich text for the pages and keeps the list of the local images it published. */
export interface PageRenderer {
  /** HTML and table of contents of a rich text field; errors (an image without alt text) name `documentId`. */
  render(items: PortableText, documentId: string): RenderedHtml;
  /** The local image files the rendered pages use. */
  files(): PublishedFile[];
}

type Item = PortableText[number];

/** A renderer that resolves internal links with `resolveLink`. */
export function pageRenderer(resolveLink: ResolveLink): PageRenderer {
  const files = new Map<string, PublishedFile>();
  const publish = (item: Item): Item => {
    if (item._type !== "image" || !item.url.startsWith("file:")) return item;
    const file = fileURLToPath(item.url);
    const sitePath = `/media/${basename(file)}`;
    files.set(sitePath, { sitePath, read: async () => new Uint8Array(await readFile(file)) });
    return { ...item, url: sitePath };
  };
  return {
    render: (items, documentId) => renderHtml(items.map(publish), { resolveLink, documentId }),
    files: () => [...files.values()],
  };
}
