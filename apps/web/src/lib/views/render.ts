/**
 * Rich text as the pages show it: HTML from the content package's renderer, with internal links resolved and the
 * images of a local export published through the site's file publisher (under `/media/`; remote images, on the
 * Sanity CDN, stay where they are).
 */
import {
  type FileDownload,
  type PortableText,
  type RenderedHtml,
  type ResolveLink,
  renderHtml,
} from "@gastvrij/content";
import type { FilePublisher } from "./files";
import type { FileLink } from "./types";

export type { PublishedFile } from "./files";

/** Renders rich text for the pages and links their downloads. */
export interface PageRenderer {
  /**
   * HTML and table of contents of a rich text field; errors (an image without alt text) name `documentId`.
   * `headingOffset` moves the text's headings down (1: its `h2` becomes an `h3`, under a heading of the page).
   */
  render(items: PortableText, documentId: string, options?: { headingOffset?: number }): RenderedHtml;
  /** The link to a download, with its type and size (published through the site's file publisher). */
  download(file: FileDownload): FileLink;
}

type Item = PortableText[number];

/** A renderer that resolves internal links with `resolveLink` and publishes images with `publisher`. */
export function pageRenderer(resolveLink: ResolveLink, publisher: FilePublisher): PageRenderer {
  const publish = (item: Item): Item =>
    item._type === "image" && item.url.startsWith("file:") ? { ...item, url: publisher.image(item.url) } : item;
  return {
    render: (items, documentId, options = {}) =>
      renderHtml(items.map(publish), { resolveLink, documentId, headingOffset: options.headingOffset ?? 0 }),
    download: (file) => publisher.download(file),
  };
}
