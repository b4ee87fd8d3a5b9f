/** Small builders and an independent HTML parser for the render tests (not exported from the package). */
import type { Element, Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

let keys = 0;
const key = () => `k${++keys}`;

type MarkDef = { _key: string; _type: string; [field: string]: unknown };

/** A text block; `spans` are strings or `[text, ...marks]`. */
export function block(
  spans: (string | [string, ...string[]])[],
  extra: { style?: string; listItem?: string; level?: number; markDefs?: MarkDef[] } = {},
) {
  return {
    _type: "block",
    _key: key(),
    style: extra.style ?? "normal",
    ...(extra.listItem ? { listItem: extra.listItem, level: extra.level ?? 1 } : {}),
    markDefs: extra.markDefs ?? [],
    children: spans.map((span) =>
      typeof span === "string"
        ? { _type: "span", _key: key(), text: span, marks: [] }
        : { _type: "span", _key: key(), text: span[0], marks: span.slice(1) },
    ),
  };
}

/** A paragraph with one external link. */
export function linkBlock(text: string, href: unknown) {
  return block(["before ", [text, "l1"], " after"], { markDefs: [{ _key: "l1", _type: "link", href }] });
}

/** A custom block of type `type`. */
export function custom(type: string, fields: Record<string, unknown> = {}) {
  return { _type: type, _key: key(), ...fields };
}

/** Parses HTML with `rehype-parse` (the library, not the renderer's own parser). */
export function parse(html: string): Root {
  return unified().use(rehypeParse, { fragment: true }).parse(html);
}

/** All elements of a tree (optionally of one tag name). */
export function elements(tree: Root, tagName?: string): Element[] {
  const found: Element[] = [];
  visit(tree, "element", (node: Element) => {
    if (!tagName || node.tagName === tagName) found.push(node);
  });
  return found;
}

/** Class names of an element. */
export function classOf(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}
