/**
 * Property-based tests (fast-check) of the HTML and plain-text renderers with the random, often malformed Portable
 * Text of `portable-text-arbitraries.ts`. `renderHtml` either renders (output that parses without errors and runs
 * nothing: no script, no `on*` attribute, no unsafe URL) or refuses with a ContentError naming the document;
 * `toPlainText` and `excerpt` always give a string.
 */
import { ContentError, excerpt, type ResolveLink, renderHtml, toPlainText } from "@gastvrij/content";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { executableProblems, parseHtml } from "./inspect.js";
import { documentArbitrary, portableTextDocuments, targets } from "./portable-text-arbitraries.js";

const runs = 10_000;
/** List levels up to 25, as for the print renderer: `renderHtml` brings deeper items back to its own cap, in bodies too. */
const htmlDocuments = portableTextDocuments({ maxListLevel: 25 });
const seed = Number(process.env.FC_SEED ?? 20261123);

const resolveLink: ResolveLink = (id) => {
  const target = targets[id];
  return target?.href ? { href: target.href, title: target.title } : undefined;
};

describe("HTML and text renderers with random documents (fast-check)", () => {
  it(`render ${runs} random documents to HTML that parses cleanly and runs nothing, or refuse them by document`, () => {
    let refused = 0;
    let rendered = 0;
    fc.assert(
      fc.property(htmlDocuments, (doc) => {
        let html: string;
        try {
          html = renderHtml(doc, { resolveLink, documentId: "doc-random" }).html;
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          expect(error.location.documentId).toBe("doc-random");
          refused += 1;
          return;
        }
        rendered += 1;
        expect(typeof html).toBe("string");
        const { tree, parseErrors } = parseHtml(html, { fragment: true });
        expect(parseErrors).toEqual([]);
        expect(executableProblems(tree, "fragment")).toEqual([]);
      }),
      { numRuns: runs, seed },
    );
    expect(rendered).toBeGreaterThan(runs / 5);
    expect(refused + rendered).toBe(runs);
  });

  it("renders a heading-style list item at level 30 without hanging (the time once doubled per level)", () => {
    const item = (level: number) => ({
      _type: "block",
      _key: `l${level}`,
      style: "h2",
      listItem: "bullet",
      level,
      markDefs: [],
      children: [{ _type: "span", _key: "s", text: `niveau ${level}`, marks: [] }],
    });
    const { html } = renderHtml([item(30), item(1), item(29)], { documentId: "doc-deep" });
    expect(html).toContain("niveau 30");
    expect(parseHtml(html, { fragment: true }).parseErrors).toEqual([]);
  });

  it(`give plain text and an excerpt for ${runs} random documents`, () => {
    fc.assert(
      fc.property(documentArbitrary, fc.integer({ min: 1, max: 400 }), (doc, length) => {
        expect(typeof toPlainText(doc)).toBe("string");
        const short = excerpt(doc, { length });
        expect(typeof short).toBe("string");
        expect(short.length).toBeLessThanOrEqual(length);
      }),
      { numRuns: runs, seed },
    );
  });
});
