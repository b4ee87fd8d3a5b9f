/**
 * The HTML parser of the renderer (for the HTML that your own components return): an HTML fragment → hast, as `rehype-parse` with `{ fragment: true }` does (the same
 * `parse5` and `hast-util-from-parse5`), but without source positions. Positions are of no use for HTML we just
 * generated and tracking them costs most of the parse time (about 3x); `parse.test.ts` checks that both give the
 * same tree.
 */
import type { Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { parseFragment } from "parse5";

/** Parses an HTML string to an HTML fragment tree. */
export function parseHtmlFragment(html: string): Root {
  return fromParse5(parseFragment(html, { scriptingEnabled: false })) as Root;
}
