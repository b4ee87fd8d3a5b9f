/**
 * The read Portable Text (`portable-text/read.ts`) as an HTML tree (hast): the markup of the site's components, built
 * directly as nodes (no HTML string to parse back). Text goes in as text nodes and URLs as attribute values, so
 * nothing from the content can become markup; the sanitiser in `html.ts` still checks the tree last. Your own
 * components (see {@link HtmlComponents}) return HTML strings, which are parsed into the tree where they stand.
 */
import type { Element, ElementContent, Properties } from "hast";
import { toHtml } from "hast-util-to-html";
import { ContentError } from "../../errors.js";
import { imageSchemes, safeUrl } from "../../model/index.js";
import {
  type Block,
  type Inline,
  inlineText,
  type List,
  type ListItem,
  type TextBlock,
  type TextStyle,
} from "../../portable-text/read.js";
import { parseHtmlFragment } from "./parse.js";

/** What an internal link points to: the site path of a published document (a `LinkTarget` fits). */
export interface HtmlLinkTarget {
  /** Site path such as `/toolkit/wonen/` (or an absolute http(s) URL). */
  href: string;
  /** Title of the target document (optional). */
  title?: string;
}

/** Finds the target of an internal link by document id; `undefined` for unknown or unpublished documents. */
export type ResolveLink = (id: string) => HtmlLinkTarget | undefined;

/**
 * Your own components, as HTML strings (escape what you insert): a block type (one of ours, to replace it, or your
 * own), a mark, or a block style. Whatever they return is parsed and sanitised like the rest.
 */
export interface HtmlComponents {
  /** Blocks by `_type`: `value` is the block as stored, `renderBody` renders a nested Portable Text array. */
  types?: Record<
    string,
    ((props: { value: Record<string, unknown>; renderBody(body: unknown): string }) => string) | undefined
  >;
  /** Decorators and annotations by name (`strong`, `em`, `link`, …): `children` is the HTML of their content. */
  marks?: Record<string, ((props: { children: string; markType: string }) => string) | undefined>;
  /** Text blocks by style (`normal`, `h2`, `blockquote`, …): `children` is the HTML of their content. */
  block?: Record<string, ((props: { children: string; style: string }) => string) | undefined>;
}

/** What a render call knows besides the content. */
export interface HastContext {
  resolveLink?: ResolveLink;
  headingOffset: number;
  documentId?: string;
  components?: HtmlComponents;
  /** Renders a nested Portable Text array (for `components.types`' `renderBody`). */
  renderBody(body: unknown): string;
}

/**
 * Characters that HTML does not allow in a document: control characters other than tab, line feed and carriage
 * return, noncharacters and lone surrogates. Removed from every text and attribute value.
 */
const forbiddenCharacters = /(?![\t\n\f\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/gu;

/** A string as an HTML parser would give it back: forbidden characters gone, line endings as `\n`. */
function clean(value: string): string {
  return value.replace(forbiddenCharacters, "").replace(/\r\n?/g, "\n");
}

/** Text as prose: a run of spaces keeps its width (no-break spaces and one space), as `@portabletext/to-html` does. */
function prose(value: string): ElementContent {
  return { type: "text", value: clean(value).replace(/ {2,}/g, (run) => `${"\u00a0".repeat(run.length - 1)} `) };
}

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}

const strong = (text: string) => element("strong", {}, [prose(text)]);

/** The HTML of a list of our own components' children, for your own components. */
const html = (nodes: ElementContent[]) => toHtml(nodes);
const parsed = (markup: string) => parseHtmlFragment(markup).children as ElementContent[];

/** The blocks as HTML nodes. */
export function blocksToHast(blocks: readonly Block[], context: HastContext): ElementContent[] {
  return blocks.flatMap((block) => blockToHast(block, context));
}

function blockToHast(block: Block, context: HastContext): ElementContent[] {
  const component = "value" in block ? context.components?.types?.[block.value._type as string] : undefined;
  if (component && "value" in block) return parsed(component({ value: block.value, renderBody: context.renderBody }));
  switch (block.type) {
    case "text":
      return textBlock(block, context);
    case "list":
      return [list(block, context)];
    case "tip":
      return [note("tip", block.label, block.title, blocksToHast(block.body, context))];
    case "practiceExample": {
      const source = block.organisation
        ? [
            element("p", { className: ["practice-example__source"] }, [
              prose(`Uit de praktijk van ${block.organisation}`),
            ]),
          ]
        : [];
      return [note("practice-example", block.label, block.title, [...blocksToHast(block.body, context), ...source])];
    }
    case "callout":
      return [
        note(`callout callout--${block.tone}`, block.label, block.title, blocksToHast(block.body, context), "callout"),
      ];
    case "checklist": {
      if (block.items.length === 0) return [];
      const items = block.items.map((item) =>
        element("li", {}, [
          prose(item.text),
          ...(item.note
            ? [
                { type: "text", value: " " } as const,
                element("span", { className: ["checklist__note"] }, [prose(item.note)]),
              ]
            : []),
        ]),
      );
      const head = block.title ? [element("p", { className: ["checklist__title"] }, [strong(block.title)])] : [];
      return [element("div", { className: ["checklist"] }, [...head, element("ul", {}, items)])];
    }
    case "image": {
      const where = (field: string) => ({
        ...(context.documentId ? { documentId: context.documentId } : {}),
        path: block.key !== undefined ? `[_key=="${block.key}"].${field}` : field,
      });
      if (!block.alt) throw new ContentError("image has no alt text", where("alt"));
      if (block.url === undefined) throw new ContentError("image has no url (asset->url)", where("url"));
      const src = safeUrl(block.url, imageSchemes);
      if (!src) return []; // not an http(s) or site URL: no image rather than an unsafe one
      const img = element("img", { src: clean(src), alt: clean(block.alt), loading: "lazy", decoding: "async" }, []);
      const caption = block.caption ? [element("figcaption", {}, [prose(block.caption)])] : [];
      return [element("figure", { className: ["image"] }, [img, ...caption])];
    }
    case "unknown":
      return []; // unknown content never shows up as a visible warning or as raw data
  }
}

/** A tip, practice example or callout: a note with its label (and title) in bold, then its body. */
function note(
  classes: string,
  label: string,
  title: string | undefined,
  body: ElementContent[],
  titleClass = classes,
): Element {
  const heading = element("p", { className: [`${titleClass}__title`] }, [strong(title ? `${label}: ${title}` : label)]);
  return element("div", { className: classes.split(" "), role: "note" }, [heading, ...body]);
}

const headingLevels: Partial<Record<TextStyle, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

function textBlock(block: Pick<TextBlock, "style" | "children">, context: HastContext): ElementContent[] {
  const component = context.components?.block?.[block.style];
  const children = inlinesToHast(block.children, context, false);
  if (component) return parsed(component({ children: html(children), style: block.style }));
  const level = headingLevels[block.style];
  if (level === undefined) return [element(block.style === "blockquote" ? "blockquote" : "p", {}, children)];
  // An empty heading helps nobody (and fails accessibility checks).
  if (inlineText(block.children).trim() === "") return [];
  return [element(`h${Math.min(6, Math.max(1, level + context.headingOffset))}`, {}, children)];
}

function list(block: List, context: HastContext): Element {
  return element(
    block.ordered ? "ol" : "ul",
    {},
    block.items.map((item) => element("li", {}, listItem(item, context))),
  );
}

function listItem(item: ListItem, context: HastContext): ElementContent[] {
  const text = item.style === "normal" ? inlinesToHast(item.children, context, false) : textBlock(item, context);
  return [...text, ...item.lists.map((nested) => list(nested, context))];
}

const decorators: Record<string, string> = { strong: "strong", em: "em", code: "code", "strike-through": "del" };

function inlinesToHast(inlines: readonly Inline[], context: HastContext, inLink: boolean): ElementContent[] {
  return inlines.flatMap((inline) => inlineToHast(inline, context, inLink));
}

function inlineToHast(inline: Inline, context: HastContext, inLink: boolean): ElementContent[] {
  switch (inline.type) {
    case "text":
      return [prose(inline.text)];
    case "break":
      return [element("br", {}, [])];
    case "mark": {
      const children = inlinesToHast(inline.children, context, inLink);
      const component = context.components?.marks?.[inline.mark];
      if (component) return parsed(component({ children: html(children), markType: inline.mark }));
      const tag = decorators[inline.mark];
      return tag ? [element(tag, {}, children)] : children;
    }
    case "link":
    case "internalLink": {
      // A link inside a link is not HTML: the inner one keeps only its words.
      const href = inLink
        ? undefined
        : inline.type === "link"
          ? inline.href
          : inline.id !== undefined
            ? safeUrl(context.resolveLink?.(inline.id)?.href, imageSchemes)
            : undefined;
      const children = inlinesToHast(inline.children, context, inLink || href !== undefined);
      const component = context.components?.marks?.[inline.type];
      if (component) return parsed(component({ children: html(children), markType: inline.type }));
      return href === undefined ? children : [element("a", { href: clean(href) }, children)];
    }
  }
}
