/**
 * Portable Text → HTML for the site: `@portabletext/to-html` with our components (`html/components.ts`), then one
 * unified/rehype pass over the result: parse (as a fragment, `html/parse.ts`) → heading ids and table of contents
 * (`html/heading-ids.ts`) →
 * external links (`rel`, class, hidden hint) → sanitise (last, with a schema that allows exactly our markup) →
 * stringify. The processor is built once per module and frozen; each call parses the HTML once.
 */
import { toHTML } from "@portabletext/to-html";
import type { ElementContent } from "hast";
import type { Schema } from "hast-util-sanitize";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { ContentError } from "../errors.js";
import { calloutLabels, createComponents, type HtmlComponents } from "./html/components.js";
import { rehypeExternalLinksOnly } from "./html/external-links.js";
import { type HeadingsData, rehypeHeadings, type TocEntry } from "./html/heading-ids.js";
import { maxListLevel, repairListItems } from "./html/list-items.js";
import { rehypeParseFragment } from "./html/parse.js";
import { linkSchemes, type ResolveLink } from "./links.js";

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
  /** Your own components, merged over ours (see `HtmlComponents`). Their output is sanitised like ours. */
  components?: HtmlComponents;
  /** Added to every heading level (`1` turns `h2` into `h3`); the result is kept within `h1`–`h6`. Default 0. */
  headingOffset?: number;
  /** Document id for error messages (an image without alt text). */
  documentId?: string;
}

/** A `rehype-sanitize` (`hast-util-sanitize`) schema; see {@link htmlSanitizeSchema}. */
export type HtmlSanitizeSchema = Schema;

/** Hint appended (visually hidden) inside every external link. */
export const externalLinkHint = " (externe link)";

const classes = (...names: string[]): [string, ...string[]] => ["className", ...names];
const titleClasses = ["tip__title", "practice-example__title", "callout__title", "checklist__title"];
const tones = Object.keys(calloutLabels).map((tone) => `callout--${tone}`);

/**
 * The sanitiser's schema: exactly the elements and attributes our components and `rehype-external-links` write.
 * Spread it into your own when your components need more, and pass the result as {@link renderHtml}'s `schema`.
 */
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

export { maxListLevel };

const hint = (): ElementContent => ({ type: "text", value: externalLinkHint });

/**
 * Characters that HTML does not allow in a document: control characters other than tab, line feed and carriage
 * return, noncharacters and lone surrogates. Removed from the HTML before it is parsed.
 */
const forbiddenCharacters = /(?![\t\n\f\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/gu;

function buildProcessor(schema: Schema) {
  return unified()
    .use(rehypeParseFragment)
    .use(rehypeHeadings)
    .use(rehypeExternalLinksOnly, {
      rel: ["noopener", "noreferrer"],
      properties: { className: ["external-link"] },
      content: hint,
      contentProperties: { className: ["visually-hidden"] },
    })
    .use(rehypeSanitize, schema)
    .use(rehypeStringify)
    .freeze();
}

type HtmlProcessor = ReturnType<typeof buildProcessor>;
const defaultProcessor: HtmlProcessor = buildProcessor(htmlSanitizeSchema as Schema);
const customProcessors = new WeakMap<Schema, HtmlProcessor>();

function processorFor(schema: Schema | undefined): HtmlProcessor {
  if (!schema || schema === htmlSanitizeSchema) return defaultProcessor;
  let processor = customProcessors.get(schema);
  if (!processor) {
    processor = buildProcessor(schema);
    customProcessors.set(schema, processor);
  }
  return processor;
}

/**
 * Renders Portable Text (the `richText`/`simpleText` of the Studio model) to sanitised HTML with a table of contents.
 *
 * Custom blocks: `tip`, `practiceExample`, `checklist`, `callout` (tone as class and label), `image` (figure with
 * required alt text and optional caption; an image without alt text or url is a `ContentError`). External links get
 * `rel="noopener noreferrer"`, class `external-link` and a visually hidden " (externe link)"; internal links
 * (`internalLink` references) become site URLs through `resolveLink`. Every URL is checked (`safeUrl`), all text
 * is escaped, and the result passes `rehype-sanitize` with {@link htmlSanitizeSchema} as the last step.
 *
 * @param items - Portable Text array (unknown block types render as nothing).
 * @param options - Link resolver, your own components, heading offset, document id for errors.
 * @param schema - Sanitiser schema when your components need more than ours (default {@link htmlSanitizeSchema}).
 * @returns The HTML fragment and the `h2`–`h4` headings with their ids.
 * @throws ContentError for an image without alt text or url, and for Portable Text too malformed to walk.
 */
export function renderHtml(
  items: readonly unknown[] | null | undefined,
  options: RenderHtmlOptions = {},
  schema?: HtmlSanitizeSchema,
): RenderedHtml {
  if (!items || items.length === 0) return { html: "", toc: [] };
  const components = createComponents(
    {
      headingOffset: options.headingOffset ?? 0,
      ...(options.resolveLink ? { resolveLink: options.resolveLink } : {}),
      ...(options.documentId ? { documentId: options.documentId } : {}),
    },
    options.components,
  );
  let raw: string;
  try {
    raw = toHTML(repairListItems(items) as Parameters<typeof toHTML>[0], { components, onMissingComponent: false });
  } catch (error) {
    if (error instanceof ContentError) throw error;
    // Malformed Portable Text (a `null` span, …) that to-html cannot walk: say so, with the document.
    const location = options.documentId ? { documentId: options.documentId } : {};
    throw new ContentError(`Portable Text cannot be rendered: ${(error as Error).message}`, location, { cause: error });
  }
  const file = processorFor(schema).processSync(raw.replace(forbiddenCharacters, ""));
  return { html: String(file), toc: (file.data as HeadingsData).toc ?? [] };
}
