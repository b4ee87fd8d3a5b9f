/**
 * Portable Text → HTML for the site: the one reading of Portable Text (`portable-text/read.ts`) built as an HTML tree
 * (`html/to-hast.ts`), then heading ids and table of contents (`html/heading-ids.ts`), external links (`rel`, class,
 * hidden hint) and, last, the sanitiser with a schema that allows exactly our markup; then the tree is written out.
 */
import type { ElementContent, Root } from "hast";
import { type Schema, sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { linkSchemes } from "../model/index.js";
import { readPortableText } from "../portable-text/read.js";
import { externalLinks } from "./html/external-links.js";
import { addHeadingIds, type TocEntry } from "./html/heading-ids.js";
import { blocksToHast, type HtmlComponents, type ResolveLink } from "./html/to-hast.js";

/** The rendered HTML and its table of contents. */
export interface RenderedHtml {
  /** Sanitised HTML fragment. */
  html: string;
  /** The `h2`–`h4` headings in document order. */
  toc: TocEntry[];
}

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /**
   * Finds the site URL of an internal link's target by document id (`content.linkResolver()` gives one). Links to
   * documents it does not know (unpublished, internal, deleted) keep only their words; without it, all do.
   */
  resolveLink?: ResolveLink;
  /** Your own components (see `HtmlComponents`). Their output is sanitised like ours. */
  components?: HtmlComponents;
  /** Added to every heading level (`1` turns `h2` into `h3`); the result is kept within `h1`–`h6`. Default 0. */
  headingOffset?: number;
  /** Document id for error messages (an image without alt text). */
  documentId?: string;
  /**
   * The sanitiser's schema, when your components need more than ours: spread {@link htmlSanitizeSchema} into it
   * (default {@link htmlSanitizeSchema}).
   */
  schema?: Schema;
}

/** Hint appended (visually hidden) inside every external link. */
export const externalLinkHint = " (externe link)";

const classes = (...names: string[]): [string, ...string[]] => ["className", ...names];
const titleClasses = ["tip__title", "practice-example__title", "callout__title", "checklist__title"];
const tones = ["info", "warning", "important"].map((tone) => `callout--${tone}`);

/** The sanitiser's schema: exactly the elements and attributes our components and the external-link pass write. */
export const htmlSanitizeSchema: Readonly<Schema> = Object.freeze<Schema>({
  strip: ["script", "style", "template", "iframe", "object", "embed"],
  clobber: [],
  clobberPrefix: "",
  allowComments: false,
  allowDoctypes: false,
  tagNames: [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "code",
    "del",
    "br",
    "a",
    "span",
    "div",
    "figure",
    "img",
    "figcaption",
  ],
  attributes: {
    h1: ["id"],
    h2: ["id"],
    h3: ["id"],
    h4: ["id"],
    h5: ["id"],
    h6: ["id"],
    a: ["href", ["rel", "noopener", "noreferrer"], classes("external-link")],
    div: [classes("tip", "practice-example", "callout", ...tones, "checklist"), ["role", "note"]],
    p: [classes(...titleClasses, "practice-example__source")],
    span: [classes("visually-hidden", "checklist__note")],
    figure: [classes("image")],
    img: ["src", "alt", ["loading", "lazy"], ["decoding", "async"]],
  },
  required: {},
  protocols: { href: [...linkSchemes], src: ["http", "https"] },
});

const markExternal = externalLinks({
  rel: ["noopener", "noreferrer"],
  properties: { className: ["external-link"] },
  content: (): ElementContent => ({ type: "text", value: externalLinkHint }),
  contentProperties: { className: ["visually-hidden"] },
});

/**
 * Renders Portable Text (the `richText`/`simpleText` of the Studio model) to sanitised HTML with a table of contents.
 *
 * Our blocks: `tip`, `practiceExample` (with the organisation the query dereferenced), `checklist`, `callout` (tone
 * as class and in words), `image` (figure with required alt text and optional caption; an image without alt text or
 * url is a `ContentError`). External links get `rel="noopener noreferrer"`, class `external-link` and a visually
 * hidden " (externe link)"; internal links (`internalLink` references) become site URLs through `resolveLink`. Every
 * URL is checked (`safeUrl`), all text is text, and the result passes the sanitiser with {@link htmlSanitizeSchema}
 * as the last step.
 *
 * @param items - Portable Text array (unknown block types render as nothing).
 * @returns The HTML fragment and the `h2`–`h4` headings with their ids.
 * @throws ContentError for an image without alt text or url, and for an entry that is not a block.
 */
export function renderHtml(
  items: readonly unknown[] | null | undefined,
  options: RenderHtmlOptions = {},
): RenderedHtml {
  if (!items || items.length === 0) return { html: "", toc: [] };
  const context = {
    headingOffset: options.headingOffset ?? 0,
    ...(options.resolveLink ? { resolveLink: options.resolveLink } : {}),
    ...(options.documentId ? { documentId: options.documentId } : {}),
    ...(options.components ? { components: options.components } : {}),
    renderBody: (body: unknown) => toHtml(blocksToHast(read(body), context)),
  };
  const read = (value: unknown) =>
    readPortableText(value, options.documentId ? { documentId: options.documentId } : {});
  const tree: Root = { type: "root", children: blocksToHast(read(items), context) };
  const toc = addHeadingIds(tree);
  markExternal(tree);
  return { html: toHtml(sanitize(tree, options.schema ?? htmlSanitizeSchema)), toc };
}
