// The fixtures of @portabletext/to-html (external corpus, `{input, output}`) through OUR pipeline: same document
// structure as to-html's expected HTML, compared as parsed hast trees after a small, explicit normalisation.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { toHTML } from "@portabletext/to-html";
import type { ElementContent, Root, RootContent } from "hast";
import { describe, expect, it } from "vitest";
import { parse } from "../../test/render-helpers.js";
import { ContentError } from "../errors.js";
import { renderHtml } from "./html.js";

const folder = fileURLToPath(new URL("../../../../../shared/corpora/portabletext/to-html/", import.meta.url));
const present = existsSync(folder);
if (!present) {
  if (process.env.CI === "true") throw new Error(`Portable Text corpus missing: ${folder}`);
  console.warn(`no Portable Text corpus at ${folder}: skipped`);
}

const manifest: Record<string, string> = present ? JSON.parse(readFileSync(`${folder}MANIFEST.json`, "utf8")) : {};
const fixtures = present ? readdirSync(folder).filter((name) => /^\d{3}-.*\.json$/.test(name)) : [];
const load = (name: string) =>
  JSON.parse(readFileSync(`${folder}${name}`, "utf8")) as { input: unknown; output: string };

/**
 * Fixtures whose expected output the installed `@portabletext/to-html` itself no longer gives (the corpus is from an
 * older commit). For these ours must match what bare `toHTML` gives now, and bare `toHTML` must still differ from the
 * corpus (else the exception is stale and this test says so).
 */
const libraryDiffers: Record<string, string> = {
  "016-deep-weird-lists.json":
    "@portabletext/toolkit 6 nests a list item that skips a level (1 → 3) in an extra <li><ul>, the corpus does not",
};

type Shape = string | { tag: string; props: Record<string, unknown>; children: Shape[] };

/**
 * The normalisation, all of it:
 * 1. our additions go: the visually hidden hint inside external links (`span.visually-hidden`), and the attributes
 *    `id` (heading ids), `className` (`external-link`, …) and `rel`;
 * 2. `span` elements are unwrapped (to-html's fallback for marks it does not know, and its inline-styled underline,
 *    are spans; we render those marks as their bare words), and `style` goes with them;
 * 3. adjacent text nodes are merged and positions dropped.
 */
function normalise(nodes: readonly (RootContent | ElementContent)[]): Shape[] {
  const out: Shape[] = [];
  const pushText = (text: string) => {
    const last = out[out.length - 1];
    if (typeof last === "string") out[out.length - 1] = last + text;
    else out.push(text);
  };
  for (const node of nodes) {
    if (node.type === "text") pushText(node.value);
    if (node.type !== "element") continue;
    const className = node.properties.className;
    if (node.tagName === "span" && Array.isArray(className) && className.includes("visually-hidden")) continue;
    const children = normalise(node.children);
    if (node.tagName === "span") {
      for (const child of children) typeof child === "string" ? pushText(child) : out.push(child);
      continue;
    }
    const { id: _id, className: _class, rel: _rel, style: _style, ...props } = node.properties;
    out.push({ tag: node.tagName, props, children });
  }
  return out;
}

const shape = (tree: Root) => normalise(tree.children);

describe("to-html fixtures through our pipeline", () => {
  it.runIf(present)("the corpus is there and has both kinds of fixtures", () => {
    expect(fixtures.length).toBeGreaterThan(20);
    expect(fixtures.every((name) => manifest[name])).toBe(true);
  });

  for (const name of fixtures) {
    const note = manifest[name] ?? "";
    if (note.startsWith("input-only")) {
      // to-html has no image component and these images carry neither url nor alt text: ours refuses them clearly.
      it(`${name}: an image without url and alt text is a ContentError`, () => {
        const { input } = load(name);
        expect(() => renderHtml(input as unknown[], { documentId: name })).toThrow(ContentError);
        expect(() => renderHtml(input as unknown[], { documentId: name })).toThrow(/field \[_key=="\w+"\]\.alt/);
      });
      continue;
    }
    const differs = libraryDiffers[name];
    it(`${name}: same structure as to-html's output${differs ? " (as the installed to-html gives it)" : ""}`, () => {
      const { input, output } = load(name);
      const blocks = Array.isArray(input) ? input : [input];
      const ours = shape(parse(renderHtml(blocks).html));
      if (!differs) {
        expect(ours).toEqual(shape(parse(output)));
        return;
      }
      const bare = shape(parse(toHTML(blocks, { onMissingComponent: false })));
      expect(bare, `${name} is no longer an exception: ${differs}`).not.toEqual(shape(parse(output)));
      expect(ours).toEqual(bare);
    });
  }
});

describe("the normalisation", () => {
  it("ignores only our additions and spans, not a different structure or text", () => {
    const a =
      '<p><a href="https://x" class="external-link" rel="noopener">x<span class="visually-hidden"> (ext)</span></a></p>';
    expect(shape(parse(a))).toEqual(shape(parse('<p><a href="https://x">x</a></p>')));
    expect(shape(parse('<h2 id="a">A</h2>'))).toEqual(shape(parse("<h2>A</h2>")));
    expect(shape(parse("<p>A</p>"))).not.toEqual(shape(parse("<div>A</div>")));
    expect(shape(parse('<a href="/a">A</a>'))).not.toEqual(shape(parse('<a href="/b">A</a>')));
    expect(shape(parse("<p>A</p>"))).not.toEqual(shape(parse("<p>B</p>")));
  });
});
