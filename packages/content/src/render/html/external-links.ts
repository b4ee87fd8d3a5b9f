/**
 * External links of the HTML renderer: `rehype-external-links` does the work (which links are external, `rel`, class,
 * the hidden hint), but it is handed only the `<a>` elements instead of the whole tree. Its own walk over every node
 * (`unist-util-visit`) cost as much as parsing the HTML; the links are the same objects as in the tree, so its
 * changes land there.
 */
import type { Element, Root, RootContent } from "hast";
import rehypeExternalLinks, { type Options } from "rehype-external-links";

function collectLinks(nodes: RootContent[], links: Element[]): void {
  for (const node of nodes) {
    if (node.type !== "element") continue;
    if (node.tagName === "a") links.push(node);
    else if (node.children.length > 0) collectLinks(node.children, links);
  }
}

/** `rehype-external-links` with `options`, as a function that marks the external links of a tree. */
export function externalLinks(options: Readonly<Options>): (tree: Root) => void {
  const transform = rehypeExternalLinks(options);
  return (tree: Root) => {
    const links: Element[] = [];
    collectLinks(tree.children, links);
    if (links.length > 0) transform({ type: "root", children: links });
  };
}
