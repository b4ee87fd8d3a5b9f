/**
 * Heading ids and the table of contents of the HTML renderer: readable, stable, Dutch-friendly anchors
 * (`#een-cafe-en-meer`), and the `h2`–`h4` headings with those ids.
 */

import slugify from "@sindresorhus/slugify";
import type { Element, Root, RootContent } from "hast";
import { toString as hastToString } from "hast-util-to-string";

/** One entry of the table of contents: an `h2`–`h4` of the rendered HTML. */
export interface TocEntry {
  /** The heading's `id` (see {@link headingId}). */
  id: string;
  /** The heading's text, whitespace collapsed. */
  text: string;
  /** 2, 3 or 4. */
  level: number;
}

const ranks: Record<string, number | undefined> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/**
 * Dutch readings: `&` is `en`, an apostrophe joins its word (`zo'n` → `zon`), and a trema or umlaut is dropped
 * (`reünie` → `reunie`; slugify's default is the German `ue`).
 */
const slugReplacements: [string, string][] = [
  ["&", " en "],
  ["'", ""],
  ["’", ""],
  ...[..."äöüÄÖÜ"].map((letter): [string, string] => [letter, letter.normalize("NFD").charAt(0)]),
];

/**
 * The id for a heading text (`@sindresorhus/slugify`): lower-case ASCII words joined by `-`; accents and trema dropped
 * (`één` → `een`, `reünie` → `reunie`), `&` read as `en`, apostrophes dropped (`zo'n` → `zon`). A repeated id gets `-2`, `-3`, …;
 * an id never starts with a digit (so `#id` is a valid CSS selector) and an empty one is `kop`.
 *
 * @param text - The heading's text.
 * @param used - Ids already given in this document; the new id is added.
 * @returns A unique id such as `wat-is-het-ocmw`, `wat-is-het-ocmw-2`, `kop-3-stappen` or `kop`.
 */
export function headingId(text: string, used: Set<string>): string {
  let base = slugify(text, { customReplacements: slugReplacements, decamelize: false });
  if (base === "") base = "kop";
  else if (/^[0-9]/.test(base)) base = `kop-${base}`;
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * Gives every `h1`–`h6` of the tree without an id one from {@link headingId} (ids already present are kept and
 * reserved) and returns the `h2`–`h4` headings, in document order, as the table of contents.
 */
export function addHeadingIds(tree: Root): TocEntry[] {
  const headings: Element[] = [];
  const used = new Set<string>();
  // A plain walk (no `unist-util-visit`): this runs on every render and headings are never nested.
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== "element") continue;
      if (ranks[node.tagName]) {
        headings.push(node);
        if (typeof node.properties.id === "string") used.add(node.properties.id);
      } else if (node.children.length > 0) walk(node.children);
    }
  };
  walk(tree.children);
  const toc: TocEntry[] = [];
  for (const node of headings) {
    const text = hastToString(node).replace(/\s+/g, " ").trim();
    if (typeof node.properties.id !== "string") node.properties.id = headingId(text, used);
    const rank = ranks[node.tagName] as number;
    if (rank >= 2 && rank <= 4) toc.push({ id: node.properties.id as string, text, level: rank });
  }
  return toc;
}
