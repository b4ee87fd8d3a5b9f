import type { RootContent } from "mdast";
import { convertBlocks, type TextKind } from "./blocks.js";
import { finishKeys } from "./keys.js";
import { markdownError } from "./locate.js";
import { parseMarkdown } from "./parse.js";
import type {
  ConversionContext,
  JsonObject,
  MarkdownAssetUse,
  MarkdownLocation,
  MarkdownReferenceUse,
} from "./types.js";

/** Options of {@link markdownToPortableText}. */
export interface MarkdownToPortableTextOptions extends MarkdownLocation {
  /** Field path of the text in its document, part of each `_key` (default `body`). */
  path?: string;
  /** `richText` (default) or `simpleText` (paragraphs and lists only). */
  kind?: TextKind;
}

/** Portable Text converted from Markdown, with what it refers to. */
export interface PortableTextConversion {
  /** The Portable Text items, each with a deterministic `_key`. */
  blocks: JsonObject[];
  /** Every `ref:<id>` used (internal links, practice example organisations), with its line. */
  references: MarkdownReferenceUse[];
  /** Every image used, with its line and its path next to the NDJSON. */
  assets: MarkdownAssetUse[];
}

/**
 * Converts Markdown (no front matter) to Portable Text of the content model (`richText`): paragraphs, `##`–`####`
 * headings, quotes, nested lists, strong/em, links (`ref:<id>` → internal link), images, and the container directives
 * `:::tip`, `:::practiceExample`, `:::checklist`, `:::callout`. Raw HTML stays literal text. `_key`s derive from
 * `documentId` and the position, so the same input always gives the same output.
 *
 * @throws ContentError naming `file` and line for Markdown outside the content model.
 */
export function markdownToPortableText(
  markdown: string,
  options: MarkdownToPortableTextOptions,
): PortableTextConversion {
  const context: ConversionContext = { ...options, source: markdown, references: [], assets: [] };
  const tree = parseMarkdown(markdown);
  const front = tree.children.find((node) => node.type === "yaml");
  if (front) throw markdownError(context, front, "unexpected front matter inside a rich-text field");
  return convertTree(tree.children, context, options.path ?? "body", options.kind ?? "richText");
}

/** Converts parsed Markdown content in a prepared context (used for the body of a Markdown document). */
export function convertTree(
  nodes: RootContent[],
  context: ConversionContext,
  path: string,
  kind: TextKind = "richText",
): PortableTextConversion {
  const blocks = convertBlocks(nodes, context, path, kind);
  const finished = finishKeys(blocks, context.documentId, path) as JsonObject[];
  return { blocks: finished, references: context.references, assets: context.assets };
}
