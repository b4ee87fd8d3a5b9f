import type { Blockquote, Heading, List, Paragraph, PhrasingContent, RootContent } from "mdast";
import { convertDirective } from "./directives.js";
import { convertImage, isImageParagraph } from "./images.js";
import { convertInline } from "./inline.js";
import { markdownError } from "./locate.js";
import type { ConversionContext, JsonObject } from "./types.js";

/** `richText` allows headings, quotes, images and our own blocks; `simpleText` (inside a tip, …) only text and lists. */
export type TextKind = "richText" | "simpleText";

const headingStyles: Record<number, string> = { 2: "h2", 3: "h3", 4: "h4" };

/**
 * Converts Markdown block content to Portable Text items, appended to `out` whose field path is `path` (for the
 * deterministic `_key`s of mark definitions).
 */
export function convertBlocks(
  nodes: RootContent[],
  context: ConversionContext,
  path: string,
  kind: TextKind,
  out: JsonObject[] = [],
): JsonObject[] {
  const itemPath = () => `${path}[${out.length}]`;
  const textBlock = (children: PhrasingContent[], style: string, extra: JsonObject = {}) => {
    const blockPath = itemPath();
    const inline = convertInline(children, context, blockPath);
    out.push({ _type: "block", style, ...extra, markDefs: inline.markDefs, children: inline.children });
  };
  const notInSimpleText = (node: RootContent, what: string) => {
    if (kind === "simpleText") {
      throw markdownError(context, node, `${what} is not allowed inside a tip, practice example or callout`);
    }
  };

  for (const node of nodes) {
    switch (node.type) {
      case "paragraph":
        if (isImageParagraph(node)) {
          notInSimpleText(node, "an image");
          out.push(convertImage(node, context));
        } else {
          textBlock(node.children, "normal");
        }
        break;
      case "heading": {
        notInSimpleText(node, "a heading");
        const style = headingStyles[node.depth];
        if (!style) throw markdownError(context, node, headingProblem(node));
        textBlock(node.children, style);
        break;
      }
      case "blockquote":
        notInSimpleText(node, "a quote");
        convertQuote(node, context, textBlock);
        break;
      case "list":
        convertList(node, 1, context, textBlock);
        break;
      case "containerDirective":
        notInSimpleText(node, `:::${node.name}`);
        out.push(
          convertDirective(node, context, itemPath(), (children, bodyPath) =>
            convertBlocks(children, context, bodyPath, "simpleText"),
          ),
        );
        break;
      case "leafDirective":
        throw markdownError(
          context,
          node,
          `unknown directive ::${node.name}: our blocks are container directives (:::tip, :::practiceExample, :::checklist, :::callout) closed by :::`,
        );
      case "html":
        // Raw HTML is never markup here: it is kept as the literal text it is.
        out.push(literalBlock(node.value));
        break;
      case "code":
        out.push(literalBlock(node.value));
        break;
      case "thematicBreak":
      case "definition":
      case "yaml":
        break;
      case "table":
        throw markdownError(context, node, "tables are not part of the content model: use a list or a checklist");
      case "footnoteDefinition":
        throw markdownError(context, node, "footnotes are not part of the content model");
      default:
        throw markdownError(context, node, `unsupported Markdown (${node.type})`);
    }
  }
  return out;
}

function headingProblem(node: Heading): string {
  return node.depth === 1
    ? "a # heading is not allowed: the title is the front matter field title; start headings at ##"
    : `heading level ${node.depth} is too deep: use ##, ### or ####`;
}

type TextBlock = (children: PhrasingContent[], style: string, extra?: JsonObject) => void;

function convertQuote(node: Blockquote, context: ConversionContext, textBlock: TextBlock): void {
  for (const child of node.children) {
    if (child.type !== "paragraph") {
      throw markdownError(context, child, "a quote (>) may only hold paragraphs");
    }
    textBlock(child.children, "blockquote");
  }
}

function convertList(node: List, level: number, context: ConversionContext, textBlock: TextBlock): void {
  const listItem = node.ordered ? "number" : "bullet";
  for (const item of node.children) {
    for (const child of item.children) {
      if (child.type === "paragraph") {
        textBlock((child as Paragraph).children, "normal", { listItem, level });
      } else if (child.type === "list") {
        convertList(child, level + 1, context, textBlock);
      } else {
        throw markdownError(context, child, "a list item may only hold text and nested lists");
      }
    }
  }
}

function literalBlock(text: string): JsonObject {
  return { _type: "block", style: "normal", markDefs: [], children: [{ _type: "span", text, marks: [] }] };
}
