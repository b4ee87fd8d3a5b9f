/**
 * The Portable Text → HTML renderers the benchmark compares: ours (`renderHtml` of @gastvrij/content) and bare
 * `toHTML` of @portabletext/to-html.
 */

import { type PortableText, type ResolveLink, renderHtml } from "@gastvrij/content";
import { toHTML } from "@portabletext/to-html";

/** Portable Text in, HTML out. */
export type HtmlRenderer = (blocks: PortableText, resolveLink: ResolveLink) => string;

/** Our HTML pipeline: `renderHtml` of @gastvrij/content (components, link resolution, sanitising, heading ids). */
export const oursHtml: HtmlRenderer = (blocks, resolveLink) => renderHtml(blocks, { resolveLink }).html;

/** Bare `toHTML`: the library's defaults, unknown block types skipped silently. */
export const bareToHtml: HtmlRenderer = (blocks) =>
  toHTML(blocks as unknown as Parameters<typeof toHTML>[0], { onMissingComponent: false });
